package app.safepost.pupils.domain;

import app.safepost.pupils.ParentEmails;
import app.safepost.pupils.PupilNameRules;
import app.safepost.pupils.RosterProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a roster file in the format of {@code PUT /api/v1/pupils} (as a school MIS exports it): UTF-8
 * with or without a BOM, RFC 4180 quoting, a header row. Every problem is reported with its line and
 * column, so the office can fix the file in one go; a file with any problem yields no rows at all.
 * Consent comes per purpose ({@code consent_<purpose>}: yes, no, or empty for not asked), or from one
 * {@code image_consent} column for every social-media purpose, as before purposes existed.
 */
public final class RosterCsv {

    /** The API refuses bodies over 1 MiB; the screen uses the same limit. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The columns every file has. */
    public static final List<String> COLUMNS =
            List.of("upn", "first_name", "surname", "preferred_name", "class", "image_consent", "consent_recorded_on");

    static final List<String> REQUIRED =
            List.of("upn", "first_name", "surname", "preferred_name", "class", "consent_recorded_on");
    static final String IMAGE_CONSENT = "image_consent";
    static final String EXPIRES_ON = "consent_expires_on";
    static final String RECORDED_ON = "consent_recorded_on";
    static final String PARENT_EMAIL = "parent_email";
    /** The prefix of a purpose's column: consent_class-social. */
    public static final String CONSENT_PREFIX = "consent_";

    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private RosterCsv() {}

    /**
     * One valid pupil row of the file.
     *
     * @param consents         the answer per purpose code the row gives (purposes it leaves empty are absent)
     * @param consentExpiresOn the last day the row's yeses hold; null for the school's default
     * @param parentEmails     the parents' addresses; null when the file has no parent_email column
     */
    public record Row(
            int line,
            String upn,
            String firstName,
            String surname,
            @Nullable String preferredName,
            String className,
            Map<String, Boolean> consents,
            @Nullable LocalDate consentRecordedOn,
            @Nullable LocalDate consentExpiresOn,
            @Nullable List<String> parentEmails) {

        public Row {
            consents = Collections.unmodifiableMap(new LinkedHashMap<>(consents));
            parentEmails = parentEmails == null ? null : List.copyOf(parentEmails);
        }
    }

    /**
     * The school's purposes as the header may name them.
     *
     * @param active      codes of the purposes not retired
     * @param retired     codes of retired purposes (named in a header, they are refused with a reason)
     * @param socialMedia codes of the active social-media purposes, which image_consent sets
     */
    public record Purposes(List<String> active, List<String> retired, List<String> socialMedia) {

        public Purposes {
            active = List.copyOf(active);
            retired = List.copyOf(retired);
            socialMedia = List.copyOf(socialMedia);
        }
    }

    /** The rows of a file, or its problems (then no rows). */
    public record Parsed(List<Row> rows, List<RosterProblem> problems) {

        public Parsed {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** @param classNames the names of the school's classes, as the {@code class} column must name them */
    public static Parsed parse(byte[] content, Collection<String> classNames, Purposes purposes) {
        if (content.length > MAX_BYTES) {
            return refused(
                    null,
                    null,
                    "The file is " + megabytes(content.length)
                            + "; a roster file can be at most 1 MB. Export only the columns of the roster format.");
        }
        var decoded = decode(content);
        if (decoded.problem != null) {
            return refused(decoded.problem);
        }
        var text = decoded.text;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return refused(
                    1,
                    null,
                    "The file is empty. It needs the header row " + String.join(",", COLUMNS)
                            + " and a line for each pupil.");
        }
        return new Reader(text, classNames, purposes).read();
    }

    private static Parsed refused(@Nullable Integer line, @Nullable String column, String message) {
        return refused(new RosterProblem(line, column, message));
    }

    private static Parsed refused(RosterProblem problem) {
        return new Parsed(List.of(), List.of(problem));
    }

    private record Decoded(@Nullable String text, @Nullable RosterProblem problem) {}

    /** Strict UTF-8: the first byte that is not UTF-8 is reported by line and character. */
    private static Decoded decode(byte[] content) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(content);
        var out = CharBuffer.allocate(content.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (content[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int character = new String(content, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            return new Decoded(
                    null,
                    new RosterProblem(
                            line,
                            null,
                            String.format(
                                    Locale.ROOT,
                                    "Character %d (byte 0x%02X) is not UTF-8. Save the file as \"CSV UTF-8\" and upload it again.",
                                    character,
                                    content[bad] & 0xFF)));
        }
        decoder.flush(out);
        out.flip();
        return new Decoded(out.toString(), null);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static final class Reader {

        private final String text;
        private final Collection<String> classNames;
        private final Purposes purposes;
        private final int[] lineStarts;
        private final List<RosterProblem> problems = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Integer> upnLines = new HashMap<>();
        private Map<String, Integer> columns;

        Reader(String text, Collection<String> classNames, Purposes purposes) {
            this.text = text;
            this.classNames = classNames;
            this.purposes = purposes;
            this.lineStarts = lineStarts(text);
        }

        Parsed read() {
            int nextLine = 1;
            try (var parser = CSVParser.parse(new StringReader(text), FORMAT)) {
                for (CSVRecord record : parser) {
                    int line = lineOf(record.getCharacterPosition());
                    nextLine = (int) parser.getCurrentLineNumber() + 1;
                    if (columns == null) {
                        if (!header(record)) {
                            break;
                        }
                        continue;
                    }
                    row(line, record);
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                problems.add(new RosterProblem(
                        nextLine,
                        null,
                        "A quoted value is not closed or has a stray"
                                + " quote. Wrap a value that has commas or quotes in double quotes, and double any"
                                + " quote inside it (RFC 4180)."));
            }
            if (problems.isEmpty() && columns != null && rows.isEmpty()) {
                problems.add(new RosterProblem(2, null, "The file has a header row but no pupils."));
            }
            return problems.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), problems);
        }

        private boolean header(CSVRecord record) {
            var found = new LinkedHashMap<String, Integer>();
            for (int i = 0; i < record.size(); i++) {
                var name = record.get(i).strip().toLowerCase(Locale.ROOT);
                if (found.containsKey(name)) {
                    problems.add(new RosterProblem(1, name, "Column " + name + " appears twice in the header."));
                } else if (isPurposeColumn(name) && !purposes.active().contains(purposeOf(name))) {
                    problems.add(new RosterProblem(
                            1,
                            name,
                            "Column " + clip(name) + " names "
                                    + (purposes.retired().contains(purposeOf(name))
                                            ? "a retired consent purpose"
                                            : "no consent purpose")
                                    + ". The purposes are: " + purposeColumns() + "."));
                } else if (!known(name)) {
                    problems.add(new RosterProblem(
                            1,
                            name.isEmpty() ? null : name,
                            "Column " + (i + 1)
                                    + (name.isEmpty()
                                            ? " has no name"
                                            : " (" + clip(name) + ") is not part of the roster format")
                                    + ". " + format()));
                }
                found.put(name, i);
            }
            for (var column : REQUIRED) {
                if (!found.containsKey(column)) {
                    problems.add(new RosterProblem(1, column, "Column " + column + " is missing. " + format()));
                }
            }
            if (found.keySet().stream().noneMatch(RosterCsv::isConsentColumn)) {
                problems.add(new RosterProblem(
                        1,
                        IMAGE_CONSENT,
                        "The header has no consent column: add image_consent"
                                + " (both social-media purposes) or a column per purpose: " + purposeColumns() + "."));
            }
            if (!problems.isEmpty()) {
                return false;
            }
            columns = found;
            return true;
        }

        private boolean known(String name) {
            return REQUIRED.contains(name)
                    || name.equals(IMAGE_CONSENT)
                    || name.equals(EXPIRES_ON)
                    || name.equals(PARENT_EMAIL)
                    || isConsentColumn(name);
        }

        private String purposeColumns() {
            return String.join(
                    ", ",
                    purposes.active().stream().map(p -> CONSENT_PREFIX + p).toList());
        }

        private String format() {
            return "The header must have " + String.join(",", REQUIRED) + ", then image_consent or " + purposeColumns()
                    + ", and may have " + EXPIRES_ON + " and " + PARENT_EMAIL + ".";
        }

        private void row(int line, CSVRecord record) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                return;
            }
            if (record.size() != columns.size()) {
                problems.add(new RosterProblem(
                        line,
                        null,
                        "This line has " + record.size() + " values but the" + " header has " + columns.size()
                                + ". Check for a missing or extra comma."));
                return;
            }
            int before = problems.size();
            var upn = upn(line, value(record, "upn"));
            var firstName = name(line, "first_name", value(record, "first_name"), "first name", true);
            var surname = name(line, "surname", value(record, "surname"), "surname", true);
            var preferredName = name(line, "preferred_name", value(record, "preferred_name"), "preferred name", false);
            var className = className(line, value(record, "class"));
            var consents = consents(line, record);
            var recordedOn = date(line, "consent_recorded_on", value(record, "consent_recorded_on"));
            var expiresOn = columns.containsKey(EXPIRES_ON) ? date(line, EXPIRES_ON, value(record, EXPIRES_ON)) : null;
            if (value(record, RECORDED_ON).isBlank() && consents.containsValue(true)) {
                problems.add(new RosterProblem(
                        line,
                        "consent_recorded_on",
                        "Enter the date consent was"
                                + " recorded, like 2025-09-04; it is required when a consent is yes."));
            }
            if (expiresOn != null && recordedOn != null && expiresOn.isBefore(recordedOn)) {
                problems.add(new RosterProblem(
                        line,
                        EXPIRES_ON,
                        "The consent cannot expire before the day it" + " was recorded (" + recordedOn + ")."));
            }
            var parentEmails = parentEmails(line, record);
            if (problems.size() == before) {
                rows.add(new Row(
                        line,
                        upn,
                        firstName,
                        surname,
                        preferredName,
                        className,
                        consents,
                        recordedOn,
                        expiresOn,
                        parentEmails));
            }
        }

        /** image_consent for every social-media purpose, then each purpose's own column where it is not empty. */
        private Map<String, Boolean> consents(int line, CSVRecord record) {
            var consents = new LinkedHashMap<String, Boolean>();
            boolean perPurpose = columns.keySet().stream().anyMatch(RosterCsv::isPurposeColumn);
            if (columns.containsKey(IMAGE_CONSENT)) {
                var all = yesNo(line, IMAGE_CONSENT, value(record, IMAGE_CONSENT), !perPurpose);
                if (all != null) {
                    purposes.socialMedia().forEach(p -> consents.put(p, all));
                }
            }
            for (var column : columns.keySet()) {
                if (isPurposeColumn(column)) {
                    var answer = yesNo(line, column, value(record, column), false);
                    if (answer != null) {
                        consents.put(purposeOf(column), answer);
                    }
                }
            }
            return consents;
        }

        private @Nullable List<String> parentEmails(int line, CSVRecord record) {
            if (!columns.containsKey(PARENT_EMAIL)) {
                return null;
            }
            var parsed = ParentEmails.parse(value(record, PARENT_EMAIL));
            if (parsed.problem() != null) {
                problems.add(new RosterProblem(line, PARENT_EMAIL, parsed.problem()));
                return null;
            }
            return parsed.addresses();
        }

        private String value(CSVRecord record, String column) {
            return record.get(columns.get(column));
        }

        private @Nullable String upn(int line, String raw) {
            var upn = raw.strip();
            if (upn.isEmpty()) {
                problems.add(new RosterProblem(line, "upn", "Enter the pupil's UPN."));
                return null;
            }
            if (!UPN.matcher(upn).matches()) {
                problems.add(new RosterProblem(
                        line,
                        "upn",
                        "\"" + clip(upn) + "\" is not a UPN: 13 characters, a"
                                + " capital letter, 11 digits, then a digit or capital letter (like J820300124001)."));
                return null;
            }
            var first = upnLines.putIfAbsent(upn, line);
            if (first != null) {
                problems.add(new RosterProblem(
                        line,
                        "upn",
                        "UPN " + upn + " is also on line " + first + "; each pupil can appear only once."));
                return null;
            }
            return upn;
        }

        private @Nullable String name(int line, String column, String raw, String label, boolean required) {
            if (PupilNameRules.startsUnsafely(raw)) {
                problems.add(new RosterProblem(line, column, PupilNameRules.UNSAFE_START_MESSAGE));
                return null;
            }
            var name = raw.strip();
            if (name.isEmpty()) {
                if (required) {
                    problems.add(new RosterProblem(line, column, "Enter the " + label + "."));
                }
                return null;
            }
            if (PupilNameRules.startsUnsafely(name)) {
                problems.add(new RosterProblem(line, column, PupilNameRules.UNSAFE_START_MESSAGE));
                return null;
            }
            if (name.chars().anyMatch(Character::isISOControl)) {
                problems.add(new RosterProblem(
                        line, column, "The " + label + " contains a line break or" + " control character."));
                return null;
            }
            int length = name.codePointCount(0, name.length());
            if (length > PupilNameRules.MAX_LENGTH) {
                problems.add(new RosterProblem(
                        line,
                        column,
                        "The " + label + " is " + length + " characters long; it can be at most "
                                + PupilNameRules.MAX_LENGTH + "."));
                return null;
            }
            return name;
        }

        private @Nullable String className(int line, String raw) {
            var name = raw.strip();
            if (name.isEmpty()) {
                problems.add(new RosterProblem(line, "class", "Enter the pupil's class."));
                return null;
            }
            if (!classNames.contains(name)) {
                problems.add(new RosterProblem(
                        line,
                        "class",
                        "There is no class named \"" + clip(name) + "\". The classes are: "
                                + String.join(", ", classNames) + "."));
                return null;
            }
            return name;
        }

        /** yes or no; empty is "not asked" unless the answer is required. */
        private @Nullable Boolean yesNo(int line, String column, String raw, boolean required) {
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "yes" -> true;
                case "no" -> false;
                case "" -> {
                    if (required) {
                        problems.add(new RosterProblem(line, column, "\"\" is not yes or no."));
                    }
                    yield null;
                }
                default -> {
                    problems.add(new RosterProblem(
                            line,
                            column,
                            "\"" + clip(raw.strip()) + "\" is not yes or no"
                                    + (required ? "." : ", nor empty for not asked.")));
                    yield null;
                }
            };
        }

        private @Nullable LocalDate date(int line, String column, String raw) {
            var value = raw.strip();
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new RosterProblem(
                        line, column, "\"" + clip(value) + "\" is not a date like 2025-09-04 (year-month-day)."));
                return null;
            }
        }

        private int lineOf(long characterPosition) {
            int index = Arrays.binarySearch(lineStarts, (int) characterPosition);
            return (index >= 0 ? index : -index - 2) + 1;
        }

        private static int[] lineStarts(String text) {
            var starts = new ArrayList<Integer>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    static boolean isConsentColumn(String name) {
        return name.equals(IMAGE_CONSENT) || isPurposeColumn(name);
    }

    /** consent_class-social; not consent_recorded_on or consent_expires_on. */
    static boolean isPurposeColumn(String name) {
        return name.startsWith(CONSENT_PREFIX) && !name.equals(EXPIRES_ON) && !name.equals(RECORDED_ON);
    }

    static String purposeOf(String column) {
        return column.substring(CONSENT_PREFIX.length());
    }

    /** Long values are cut in messages, so a pasted paragraph does not fill the screen. */
    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
