package app.safepost.pupils;

import java.util.UUID;

/** Identifies a pupil on the roster. */
public record PupilId(UUID value) {

    public static PupilId of(String value) {
        return new PupilId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
