package app.safepost.publishing;

/** What became of a follower call (listing, block, unblock) for one of the school's accounts. */
public enum FollowerCallOutcome {
    /** The platform did it. */
    DONE,
    /** The account is in the sandbox: no platform was called. */
    SANDBOX,
    /** The account has no connected credential, so the platform could not be called. */
    NOT_CONNECTED,
    /** The platform's API (on the school's tier) does not offer it: someone does it by hand. */
    NOT_OFFERED,
    /** The platform refused or did not answer; the detail says why in plain words. */
    FAILED
}
