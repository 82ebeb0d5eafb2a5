package app.safepost.accounts;

/** Where an account lives. New platforms are added here and get a publisher adapter. */
public enum Platform {
    X, BLUESKY, MASTODON
}
