package app.safepost.accounts;

import java.util.UUID;

/** Identifies one of the school's social-media accounts. */
public record AccountId(UUID value) {

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
