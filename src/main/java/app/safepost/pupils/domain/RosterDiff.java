package app.safepost.pupils.domain;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.ConsentNow;
import app.safepost.pupils.RosterChange;
import app.safepost.pupils.RosterChange.FieldDifference;
import app.safepost.pupils.RosterChangeKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Compares a valid roster file with the roster, pupil by pupil, by UPN. Pure: the preview screen,
 * the import and the tests see the same outcome for every pupil.
 */
public final class RosterDiff {

    private RosterDiff() {}

    /**
     * One row of the file with the pupil it matches (or {@code null} for a new pupil) and what changes.
     *
     * @param purposesToRecord the purposes whose answer, date or expiry the row changes (all it gives, for a new pupil)
     */
    public record Step(RosterCsv.Row row, @Nullable Pupil pupil, RosterChange change, List<String> purposesToRecord) {}

    /** The whole comparison: a step per row of the file, and the pupils on roll the file no longer lists. */
    public record Plan(List<Step> steps, List<Pupil> archived, List<RosterChange> changes) {}

    /**
     * @param roster     every pupil on the roster, archived ones included, by UPN
     * @param consents   the recorded answers of each pupil, by pupil id and purpose
     * @param classIds   class ids by name
     * @param classNames class names by id
     */
    public static Plan compare(
            List<RosterCsv.Row> rows,
            Map<String, Pupil> roster,
            Map<UUID, Map<String, ConsentNow>> consents,
            Map<String, UUID> classIds,
            Map<UUID, String> classNames) {
        var steps = new ArrayList<Step>(rows.size());
        var changes = new ArrayList<RosterChange>(rows.size());
        var listed = new HashSet<String>();
        for (var row : rows) {
            listed.add(row.upn());
            var pupil = roster.get(row.upn());
            Step step;
            if (pupil == null) {
                var change = new RosterChange(
                        row.line(), row.upn(), row.firstName() + " " + row.surname(), RosterChangeKind.NEW, List.of());
                step = new Step(row, null, change, List.copyOf(row.consents().keySet()));
            } else {
                step = stepFor(row, pupil, consents.getOrDefault(pupil.getId(), Map.of()), classIds, classNames);
            }
            steps.add(step);
            changes.add(step.change());
        }
        var archived = new ArrayList<Pupil>();
        roster.values().stream()
                .filter(p -> !p.isArchived() && !listed.contains(p.getUpn()))
                .sorted(Comparator.comparing(Pupil::getUpn))
                .forEach(p -> {
                    archived.add(p);
                    changes.add(new RosterChange(
                            null,
                            p.getUpn(),
                            p.getFirstName() + " " + p.getSurname(),
                            RosterChangeKind.ARCHIVED,
                            List.of(new FieldDifference("On roll", "yes", "no (archived)"))));
                });
        return new Plan(steps, archived, changes);
    }

    /** Whether the row changes what is recorded for the purpose: the answer, the date given, or an expiry it gives. */
    static boolean consentChanges(RosterCsv.Row row, String purpose, @Nullable ConsentNow now) {
        boolean answer = row.consents().get(purpose);
        return now == null
                || now.consent() != answer
                || !Objects.equals(now.recordedOn(), row.consentRecordedOn())
                || (answer
                        && row.consentExpiresOn() != null
                        && !row.consentExpiresOn().equals(now.expiresOn()));
    }

    private static Step stepFor(
            RosterCsv.Row row,
            Pupil pupil,
            Map<String, ConsentNow> recorded,
            Map<String, UUID> classIds,
            Map<UUID, String> classNames) {
        var differences = new ArrayList<FieldDifference>();
        differ(differences, "First name", pupil.getFirstName(), row.firstName());
        differ(differences, "Surname", pupil.getSurname(), row.surname());
        differ(differences, "Preferred name", pupil.getPreferredName(), row.preferredName());
        if (!pupil.getClassId().equals(classIds.get(row.className()))) {
            differ(differences, "Class", classNames.getOrDefault(pupil.getClassId(), "?"), row.className());
        }
        var purposes = new ArrayList<String>();
        for (var purpose : row.consents().keySet()) {
            var now = recorded.get(purpose);
            if (!consentChanges(row, purpose, now)) {
                continue;
            }
            purposes.add(purpose);
            boolean answer = row.consents().get(purpose);
            differ(
                    differences,
                    "Consent (" + purpose + ")",
                    now == null ? "not asked" : yesNo(now.consent()),
                    yesNo(answer));
            differ(
                    differences,
                    "Consent given on (" + purpose + ")",
                    now == null ? null : date(now.recordedOn()),
                    date(row.consentRecordedOn()));
            if (answer && row.consentExpiresOn() != null) {
                differ(
                        differences,
                        "Consent expires (" + purpose + ")",
                        now == null ? null : date(now.expiresOn()),
                        date(row.consentExpiresOn()));
            }
        }
        if (row.parentEmails() != null) {
            differ(
                    differences,
                    "Parents' e-mail",
                    String.join("; ", pupil.getParentEmails()),
                    String.join("; ", row.parentEmails()));
        }
        if (pupil.isArchived()) {
            differences.add(new FieldDifference("On roll", "no (archived)", "yes"));
        }
        var change = new RosterChange(
                row.line(),
                row.upn(),
                row.firstName() + " " + row.surname(),
                differences.isEmpty() ? RosterChangeKind.UNCHANGED : RosterChangeKind.CHANGED,
                differences);
        return new Step(row, pupil, change, List.copyOf(purposes));
    }

    private static void differ(
            Collection<FieldDifference> differences, String field, @Nullable String before, @Nullable String after) {
        var was = before == null ? "" : before;
        var now = after == null ? "" : after;
        if (!was.equals(now)) {
            differences.add(new FieldDifference(field, was, now));
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String date(@Nullable LocalDate date) {
        return SchoolTime.date(date);
    }
}
