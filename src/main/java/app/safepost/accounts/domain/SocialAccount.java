package app.safepost.accounts.domain;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.Platform;
import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One of the school's social-media accounts. */
@Entity
@Table(name = "social_account")
@Audited
public class SocialAccount extends SchoolRecord {

    @Column(nullable = false, length = 60)
    private String handle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Platform platform;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountKind kind;

    /** The owning class for a class account, by id; null for the whole-school account. */
    @Column(name = "class_id")
    private UUID classId;

    @Column(nullable = false)
    private boolean active = true;

    /** The consent purpose the account's photos need (P14), by the purpose's code. */
    @Column(name = "purpose_code", nullable = false, length = 40)
    private String purposeCode;

    /** The Mastodon server SLT chose for it, as {@code https://host[:port]}; null to go by its handle. */
    @Column(name = "mastodon_server", length = 200)
    private String mastodonServer;

    protected SocialAccount() {}

    public SocialAccount(String handle, Platform platform, AccountKind kind, UUID classId) {
        this.handle = handle;
        this.platform = platform;
        this.kind = kind;
        this.classId = classId;
        this.purposeCode = kind.usualPurpose();
    }

    public void needPurpose(String purposeCode) {
        this.purposeCode = purposeCode;
    }

    public void serveFrom(String server) {
        this.mastodonServer = server;
    }

    public String getMastodonServer() {
        return mastodonServer;
    }

    public String getPurposeCode() {
        return purposeCode;
    }

    public String getHandle() {
        return handle;
    }

    public Platform getPlatform() {
        return platform;
    }

    public AccountKind getKind() {
        return kind;
    }

    public UUID getClassId() {
        return classId;
    }

    public boolean isActive() {
        return active;
    }
}
