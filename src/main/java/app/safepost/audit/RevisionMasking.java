package app.safepost.audit;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a revision shows the signed-in person: fields another module marks as {@link PersonalData}
 * hidden from those it says may not see them, and pupils' names masked in every other value that
 * is text ({@link NamesInFreeText}). One place for the explorer, its exports, the API and the
 * histories modules show on their own screens.
 */
@Component
class RevisionMasking {

    private final List<PersonalData> personalData;
    /** Looked up when used: the roster's owner reads the school profile, whose service reads this trail. */
    private final ObjectProvider<NamesInFreeText> namesInText;

    RevisionMasking(List<PersonalData> personalData, ObjectProvider<NamesInFreeText> namesInText) {
        this.personalData = personalData;
        this.namesInText = namesInText;
    }

    /** The masking of values for the signed-in person; read it once for a whole history or export. */
    UnaryOperator<@Nullable String> textMask() {
        var masks = namesInText
                .orderedStream()
                .map(NamesInFreeText::forCurrentReader)
                .toList();
        return text -> {
            var masked = text;
            for (var mask : masks) {
                masked = mask.apply(masked);
            }
            return masked;
        };
    }

    List<RecordRevision> forCurrentReader(Class<?> entityClass, List<RecordRevision> history) {
        var text = textMask();
        return history.stream().map(r -> forCurrentReader(entityClass, r, text)).toList();
    }

    RecordRevision forCurrentReader(
            Class<?> entityClass, RecordRevision revision, UnaryOperator<@Nullable String> text) {
        var hidden = personalData.stream()
                .filter(p -> p.covers(entityClass) && !p.visibleToCurrentUser())
                .flatMap(p -> p.fields().stream())
                .toList();
        var changes = revision.changes().stream()
                .map(c -> hidden.contains(c.field())
                        ? new FieldChange(c.field(), hide(c.before()), hide(c.after()))
                        : new FieldChange(c.field(), masked(c.before(), text), masked(c.after(), text)))
                .toList();
        return new RecordRevision(
                revision.revision(), revision.at(), revision.by(), revision.roles(), revision.type(), changes);
    }

    private static @Nullable Object hide(@Nullable Object value) {
        return Objects.isNull(value) ? null : PersonalData.HIDDEN;
    }

    /** Text is masked; values that cannot hold a name (numbers, dates, ids, choices) are kept as they are. */
    private static @Nullable Object masked(@Nullable Object value, UnaryOperator<@Nullable String> text) {
        if (value == null
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof Enum<?>
                || value instanceof TemporalAccessor
                || value instanceof UUID) {
            return value;
        }
        var original = value.toString();
        var masked = text.apply(original);
        return Objects.equals(masked, original) ? value : masked;
    }
}
