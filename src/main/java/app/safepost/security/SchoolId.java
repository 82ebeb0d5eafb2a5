package app.safepost.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One school of the portal, by its id. It lives here, in the lowest module, so that who holds which
 * school and which school is in hand can be said without depending on the school module.
 */
public record SchoolId(UUID value) implements Serializable {

    public SchoolId {
        Objects.requireNonNull(value, "value");
    }

    /** The id in its text form, as the API's {@code Safepost-School} header carries it. */
    public static SchoolId parse(String text) {
        return new SchoolId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
