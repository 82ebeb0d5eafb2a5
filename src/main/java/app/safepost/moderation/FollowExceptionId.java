package app.safepost.moderation;

import java.util.UUID;

/** Identifies one request to follow an account. */
public record FollowExceptionId(UUID value) {

    public static FollowExceptionId of(String value) {
        return new FollowExceptionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
