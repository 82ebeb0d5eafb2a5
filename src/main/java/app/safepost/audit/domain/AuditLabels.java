package app.safepost.audit.domain;

import app.safepost.common.SchoolTime;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The words the audit trail uses for records, fields and values, from {@code record-labels.properties}
 * beside this class: a label per audited entity ({@code Pupil = Pupil}), per field
 * ({@code Pupil.imageConsent = Photo consent}) and, where a constant's own name reads badly, per enum
 * value ({@code value.DraftStatus.SUBMITTED = Waiting for approval}). A test built from the metamodel
 * fails when an audited entity or field has no label, so a new one is named before it ships.
 */
public final class AuditLabels {

    private static final String FILE = "record-labels.properties";
    private static final Properties LABELS = load();
    private static final Set<String> INTERNAL = Arrays.stream(
                    LABELS.getProperty("internal", "").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private AuditLabels() {}

    /** The label of an entity, or empty when the file has none. */
    public static Optional<String> typeLabel(Class<?> entityClass) {
        return Optional.ofNullable(LABELS.getProperty(entityClass.getSimpleName()));
    }

    /** The label of a field, or empty when the file has none. */
    public static Optional<String> declaredFieldLabel(Class<?> entityClass, String field) {
        return Optional.ofNullable(LABELS.getProperty(entityClass.getSimpleName() + "." + field));
    }

    /** The label of a field; a field the file does not name (a record type since dropped) reads from its name. */
    public static String fieldLabel(@Nullable Class<?> entityClass, String field) {
        return (entityClass == null ? Optional.<String>empty() : declaredFieldLabel(entityClass, field))
                .orElseGet(() ->
                        sentence(field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)));
    }

    /** The pattern naming one record of this entity ({@code name.Pupil}), or empty for the type's label alone. */
    public static Optional<String> namePattern(Class<?> entityClass) {
        return Optional.ofNullable(LABELS.getProperty("name." + entityClass.getSimpleName()));
    }

    /** Records kept for the portal's own bookkeeping, listed only when asked for. */
    public static boolean internal(Class<?> entityClass) {
        return INTERNAL.contains(entityClass.getSimpleName());
    }

    /** A value in words: yes/no, UK dates and times in Europe/London, choices as words, "(empty)" for none. */
    public static String value(@Nullable Object value) {
        return switch (value) {
            case null -> "(empty)";
            case Boolean b -> b ? "yes" : "no";
            case Instant i -> SchoolTime.dateTime(i);
            case OffsetDateTime o -> SchoolTime.dateTime(o.toInstant());
            case ZonedDateTime z -> SchoolTime.dateTime(z.toInstant());
            case LocalDateTime l ->
                SchoolTime.dateTime(l.atZone(SchoolTime.ZONE).toInstant());
            case LocalDate d -> SchoolTime.date(d);
            case LocalTime t -> t.toString();
            case Enum<?> e -> enumLabel(e);
            case Collection<?> c when c.isEmpty() -> "(empty)";
            case Collection<?> c -> c.stream().map(AuditLabels::value).collect(Collectors.joining(", "));
            default -> {
                var text = value.toString();
                yield text.isEmpty() ? "(empty)" : text;
            }
        };
    }

    /** A choice in words: named in the file, else by its own {@code label()} where it has one, else from its name. */
    static String enumLabel(Enum<?> constant) {
        var declared =
                LABELS.getProperty("value." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        if (declared != null) {
            return declared;
        }
        try {
            if (constant.getDeclaringClass().getMethod("label").invoke(constant) instanceof String label) {
                return label;
            }
        } catch (ReflectiveOperationException | RuntimeException noLabel) {
            // Most choices read well from their names.
        }
        return sentence(constant.name().replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Properties load() {
        var properties = new Properties();
        try (var in = AuditLabels.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
