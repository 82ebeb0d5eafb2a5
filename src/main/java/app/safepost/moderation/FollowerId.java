package app.safepost.moderation;

import java.util.UUID;

/** Identifies one follower of one of the school's accounts. */
public record FollowerId(UUID value) {

    public static FollowerId of(String value) {
        return new FollowerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
