package app.safepost.accounts;

import app.safepost.accounts.domain.AccountCredential;
import app.safepost.accounts.domain.AccountCredentialRepository;
import app.safepost.accounts.domain.CredentialKeyCheck;
import app.safepost.accounts.domain.CredentialKeys;
import app.safepost.audit.AuditTrail;
import app.safepost.audit.RecordRevision;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform credentials the portal holds for the accounts (P6). SLT connect, rotate and
 * disconnect them; staff see only whether an account is connected, since when and by whom. The
 * secret is encrypted before it reaches the database; only {@link #secretForPublishing} opens it, for
 * the portal itself to sign a call to the platform (a post, a takedown, the followers, a block).
 */
@Service
public class HeldCredentials {

    static final int MAX_SECRET = 4000;

    private final AccountCredentialRepository credentials;
    private final SocialAccounts accounts;
    private final CredentialKeys keys;
    private final CredentialKeyCheck keyCheck;
    private final AuditTrail auditTrail;
    private final Clock clock;

    HeldCredentials(
            AccountCredentialRepository credentials,
            SocialAccounts accounts,
            CredentialKeys keys,
            CredentialKeyCheck keyCheck,
            AuditTrail auditTrail,
            Clock clock) {
        this.credentials = credentials;
        this.accounts = accounts;
        this.keys = keys;
        this.keyCheck = keyCheck;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public CredentialStatus statusOf(AccountId account) {
        return credentials
                .findByAccountId(account.value())
                .map(HeldCredentials::status)
                .orElseGet(() -> CredentialStatus.notConnected(account));
    }

    /** Stores the account's credential, replacing any earlier one. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public CredentialStatus connect(AccountId account, CredentialKind kind, String secret) {
        requireSecret(secret);
        requireAccount(account);
        var credential =
                credentials.findByAccountId(account.value()).orElseGet(() -> new AccountCredential(account.value()));
        credential.connect(kind, keys.current().encrypt(secret, account.value()), who(), clock.instant());
        keyCheck.recordIfMissing();
        return status(credentials.saveAndFlush(credential));
    }

    /** Replaces a connected account's credential with a new one (a fresh token or app password). */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public CredentialStatus rotate(AccountId account, String secret) {
        requireSecret(secret);
        var credential = credentials
                .findByAccountId(account.value())
                .filter(AccountCredential::isConnected)
                .orElseThrow(() -> new RefusedChange(Map.of("secret", "This account is not connected yet.")));
        credential.rotate(keys.current().encrypt(secret, account.value()), who(), clock.instant());
        keyCheck.recordIfMissing();
        return status(credentials.saveAndFlush(credential));
    }

    /** Forgets the account's credential; the portal can no longer post there until it is connected again. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public CredentialStatus disconnect(AccountId account) {
        var credential = credentials.findByAccountId(account.value()).filter(AccountCredential::isConnected);
        if (credential.isEmpty()) {
            return CredentialStatus.notConnected(account);
        }
        credential.get().disconnect(who(), clock.instant());
        return status(credentials.saveAndFlush(credential.get()));
    }

    /** Who connected, rotated and disconnected the account's credential, oldest first. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public List<RecordRevision> history(AccountId account) {
        return credentials
                .findByAccountId(account.value())
                .map(c -> auditTrail.historyOf(AccountCredential.class, c.getId()))
                .orElse(List.of());
    }

    /** The audit trail explorer filtered to the account's credential record, if it ever had one. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public Optional<String> historyLink(AccountId account) {
        return credentials
                .findByAccountId(account.value())
                .map(c -> auditTrail.historyLink(AccountCredential.class, c.getId()));
    }

    /**
     * The decrypted credential, for the portal itself to call the platform with (publishing's thread,
     * running as the system user: posts, takedowns, followers and blocks). No member of staff gets it,
     * SLT included: it is never shown (P6). Empty if the account is not connected.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Optional<HeldSecret> secretForPublishing(AccountId account) {
        if (!SignedInStaff.current()
                .map(s -> SignedInStaff.SYSTEM.equals(s.username()))
                .orElse(false)) {
            throw new AccessDeniedException("Only the portal itself reads a held credential");
        }
        return credentials
                .findByAccountId(account.value())
                .filter(AccountCredential::isConnected)
                .map(c -> new HeldSecret(c.getKind(), keys.current().decrypt(c.sealedSecret(), account.value())));
    }

    private void requireAccount(AccountId account) {
        if (accounts.account(account).isEmpty()) {
            throw new IllegalArgumentException("No account " + account);
        }
    }

    private static void requireSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new RefusedChange(Map.of("secret", "Paste the token or app password from the platform."));
        }
        if (secret.length() > MAX_SECRET) {
            throw new RefusedChange(
                    Map.of("secret", "That is longer than any platform's token; check what was pasted."));
        }
    }

    private static String who() {
        return SignedInStaff.current().orElseThrow().username();
    }

    private static CredentialStatus status(AccountCredential c) {
        var account = new AccountId(c.getAccountId());
        if (!c.isConnected()) {
            return CredentialStatus.notConnected(account);
        }
        return new CredentialStatus(
                account, true, c.getKind(), c.getConnectedAt(), c.getConnectedBy(), c.getRotatedAt(), c.getRotatedBy());
    }
}
