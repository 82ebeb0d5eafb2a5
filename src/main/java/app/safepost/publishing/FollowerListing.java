package app.safepost.publishing;

import java.util.List;

/**
 * An account's followers as its platform listed them, every page read; empty unless the outcome is
 * {@link FollowerCallOutcome#DONE}. The detail says what happened in plain words.
 */
public record FollowerListing(FollowerCallOutcome outcome, List<PlatformFollower> followers, String detail) {

    public FollowerListing {
        followers = List.copyOf(followers);
    }

    static FollowerListing without(FollowerCallOutcome outcome, String detail) {
        return new FollowerListing(outcome, List.of(), detail);
    }
}
