package app.safepost.audit;

import org.jspecify.annotations.Nullable;

/** A field's value before and after a revision; {@code null} where the field had no value. */
public record FieldChange(
        String field, @Nullable Object before, @Nullable Object after) {}
