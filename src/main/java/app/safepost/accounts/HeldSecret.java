package app.safepost.accounts;

/** An account's credential in clear, only for the portal to post with; its text never prints. */
public record HeldSecret(CredentialKind kind, String secret) {

    @Override
    public String toString() {
        return "HeldSecret[" + kind + ", hidden]";
    }
}
