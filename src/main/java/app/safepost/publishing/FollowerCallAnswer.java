package app.safepost.publishing;

import org.jspecify.annotations.Nullable;

/**
 * A platform's answer to a block or an unblock, in plain words.
 *
 * @param reference what the platform made of a block, to lift it later (Bluesky's block record); null
 *                  when there is nothing to keep
 */
public record FollowerCallAnswer(
        FollowerCallOutcome outcome,
        String detail,
        @Nullable String reference) {

    public FollowerCallAnswer {
        detail = detail == null ? "" : detail.length() > 500 ? detail.substring(0, 500) : detail;
    }

    static FollowerCallAnswer of(FollowerCallOutcome outcome, String detail) {
        return new FollowerCallAnswer(outcome, detail, null);
    }
}
