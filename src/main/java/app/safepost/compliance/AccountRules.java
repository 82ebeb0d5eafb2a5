package app.safepost.compliance;

import java.util.Objects;

/**
 * What the checks need to know about the account a post is for. {@link Kind} and {@link Platform}
 * have the same constant names as the accounts module's {@code AccountKind} and {@code Platform},
 * so a caller maps them with {@code valueOf(other.name())}; keeping copies here means the checks
 * depend on no other module.
 *
 * @param purpose the code of the consent purpose the account's photos need (P14): a pupil appears
 *                uncovered only with a yes for it that has not expired
 */
public record AccountRules(Kind kind, Platform platform, Guidance guidance, String purpose) {

    public AccountRules {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(platform, "platform");
        guidance = guidance == null ? Guidance.none() : guidance;
        purpose = purpose == null || purpose.isBlank() ? kind.usualPurpose() : purpose;
    }

    /** An account that needs the purpose its kind usually needs. */
    public AccountRules(Kind kind, Platform platform, Guidance guidance) {
        this(kind, platform, guidance, kind.usualPurpose());
    }

    /** A class account uses initials only (P13); every account never names a pupil in full (P12). */
    public enum Kind {
        CLASS("class", "class-social"),
        WHOLE_SCHOOL("whole-school", "school-social");

        private final String apiName;
        private final String usualPurpose;

        Kind(String apiName, String usualPurpose) {
            this.apiName = apiName;
            this.usualPurpose = usualPurpose;
        }

        public String apiName() {
            return apiName;
        }

        /** The consent purpose such an account needs unless SLT chose another. */
        public String usualPurpose() {
            return usualPurpose;
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
