package app.safepost.school;

import java.util.UUID;

/** Identifies a registered school device. */
public record DeviceId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
