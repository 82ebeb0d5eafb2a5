package app.safepost.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What staff see of an account's held credential (P6): whether it is connected, since when and by
 * whom. Never the secret itself.
 */
public record CredentialStatus(
        AccountId account,
        boolean connected,
        @Nullable CredentialKind kind,
        @Nullable Instant connectedAt,
        @Nullable String connectedBy,
        @Nullable Instant rotatedAt,
        @Nullable String rotatedBy) {

    public static CredentialStatus notConnected(AccountId account) {
        return new CredentialStatus(account, false, null, null, null, null, null);
    }
}
