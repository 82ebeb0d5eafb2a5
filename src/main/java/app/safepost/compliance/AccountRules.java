package app.safepost.compliance;

import java.util.Objects;

/**
 * What the checks need to know about the account a post is for. {@link Kind} and {@link Platform}
 * have the same constant names as the accounts module's {@code AccountKind} and {@code Platform},
 * so a caller maps them with {@code valueOf(other.name())}; keeping copies here means the checks
 * depend on no other module.
 */
public record AccountRules(Kind kind, Platform platform, Guidance guidance) {

    public AccountRules {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(platform, "platform");
        guidance = guidance == null ? Guidance.none() : guidance;
    }

    /** A class account uses initials only (P13); every account never names a pupil in full (P12). */
    public enum Kind {
        CLASS("class"), WHOLE_SCHOOL("whole-school");

        private final String apiName;

        Kind(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    /** Where the post goes; each platform has its own length limit. */
    public enum Platform {
        /** 280, weighted as X counts (twitter-text): URLs 23, most CJK characters and emoji 2. */
        X,
        /** 300 graphemes (user-perceived characters). */
        BLUESKY,
        /** 500 characters, a link counting 23. */
        MASTODON
    }
}
