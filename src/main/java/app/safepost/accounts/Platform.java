package app.safepost.accounts;

/** Where an account lives. New platforms are added here and get a publisher adapter. */
public enum Platform {
    X("X"),
    BLUESKY("Bluesky"),
    MASTODON("Mastodon");

    private final String label;

    Platform(String label) {
        this.label = label;
    }

    /** The platform's name as staff know it. */
    public String label() {
        return label;
    }
}
