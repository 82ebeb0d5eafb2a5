package app.safepost.accounts.domain;

import app.safepost.accounts.CredentialKind;
import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * The platform credential the portal holds for one account (P6). The secret is AES-GCM
 * ciphertext and is left out of the audit trail; who connected, rotated or disconnected is audited.
 */
@Entity
@Table(name = "account_credential")
@Audited
public class AccountCredential extends SchoolRecord {

    @Column(name = "account_id", nullable = false, unique = true)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CredentialKind kind;

    @NotAudited
    @Column(name = "secret")
    private byte[] secret;

    @Column(name = "connected_at")
    private Instant connectedAt;

    @Column(name = "connected_by", length = 120)
    private String connectedBy;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "rotated_by", length = 120)
    private String rotatedBy;

    @Column(name = "disconnected_at")
    private Instant disconnectedAt;

    @Column(name = "disconnected_by", length = 120)
    private String disconnectedBy;

    protected AccountCredential() {}

    public AccountCredential(UUID accountId) {
        this.accountId = accountId;
    }

    public void connect(CredentialKind kind, byte[] sealed, String by, Instant at) {
        this.kind = kind;
        this.secret = sealed.clone();
        this.connectedAt = at;
        this.connectedBy = by;
        this.rotatedAt = null;
        this.rotatedBy = null;
        this.disconnectedAt = null;
        this.disconnectedBy = null;
    }

    public void rotate(byte[] sealed, String by, Instant at) {
        if (!isConnected()) {
            throw new IllegalStateException("Connect the account before rotating its credential");
        }
        this.secret = sealed.clone();
        this.rotatedAt = at;
        this.rotatedBy = by;
    }

    public void disconnect(String by, Instant at) {
        this.secret = null;
        this.disconnectedAt = at;
        this.disconnectedBy = by;
    }

    public boolean isConnected() {
        return secret != null;
    }

    /** The sealed secret, for the service methods that open it to call the platform; never shown. */
    public byte[] sealedSecret() {
        return secret == null ? null : secret.clone();
    }

    public UUID getAccountId() {
        return accountId;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public String getConnectedBy() {
        return connectedBy;
    }

    public Instant getRotatedAt() {
        return rotatedAt;
    }

    public String getRotatedBy() {
        return rotatedBy;
    }
}
