package app.safepost.accounts;

/** What the portal holds to post to an account on a platform. */
public enum CredentialKind {
    OAUTH_TOKEN("OAuth token"),
    APP_PASSWORD("App password");

    private final String label;

    CredentialKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
