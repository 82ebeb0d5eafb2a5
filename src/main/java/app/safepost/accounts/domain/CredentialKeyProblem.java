package app.safepost.accounts.domain;

/** The credentials key is missing, malformed or not the one the stored credentials need. */
public class CredentialKeyProblem extends IllegalStateException {

    private final String action;

    public CredentialKeyProblem(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }

    static CredentialKeyProblem missing() {
        return new CredentialKeyProblem(
                "No credentials key is configured. Safepost keeps the school's"
                        + " social-media credentials encrypted and cannot start without the key.",
                "Set safepost.credentials.key (environment variable SAFEPOST_CREDENTIALS_KEY) to a base64-encoded"
                        + " 256-bit key, for example the output of 'openssl rand -base64 32'. Keep the key out of"
                        + " the database and its backups.");
    }

    static CredentialKeyProblem malformed(String property) {
        return new CredentialKeyProblem(
                property + " is not a base64-encoded 256-bit key.",
                "Set " + property + " to 32 random bytes in base64, for example the output of"
                        + " 'openssl rand -base64 32'.");
    }

    static CredentialKeyProblem wrongKey() {
        return new CredentialKeyProblem(
                "The configured credentials key is not the key the stored account"
                        + " credentials were encrypted with.",
                "Start with the key used before. To change keys, start once with safepost.credentials.previous-key"
                        + " set to the old key and safepost.credentials.key set to the new one; Safepost then"
                        + " re-encrypts every credential.");
    }

    static CredentialKeyProblem wrongPreviousKey() {
        return new CredentialKeyProblem(
                "Neither safepost.credentials.key nor safepost.credentials.previous-key"
                        + " is the key the stored account credentials were encrypted with.",
                "Set safepost.credentials.previous-key to the key the portal last ran with.");
    }
}
