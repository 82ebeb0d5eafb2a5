package app.safepost.accounts;

import java.util.UUID;

/** Identifies one trip delegation; drafting stamps posts made under it with this id. */
public record TripDelegationId(UUID value) {

    public static TripDelegationId of(String value) {
        return new TripDelegationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
