package app.safepost.moderation;

import java.util.UUID;

/** Identifies one reported incident. */
public record IncidentId(UUID value) {

    public static IncidentId of(String value) {
        return new IncidentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
