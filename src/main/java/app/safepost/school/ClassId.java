package app.safepost.school;

import java.util.UUID;

/** Identifies a class of the school. */
public record ClassId(UUID value) {

    public static ClassId of(String value) {
        return new ClassId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
