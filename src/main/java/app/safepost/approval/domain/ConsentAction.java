package app.safepost.approval.domain;

import app.safepost.approval.NeedsAction;
import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * A draft or sent post that shows a pupil who may no longer be photographed for its account (consent
 * withdrawn or expired), or shows or names a pupil who may never be published, until SLT mark it handled.
 */
@Entity
@Table(name = "consent_action")
@Audited
public class ConsentAction extends SchoolRecord {

    public static final String DRAFT = "draft";
    public static final String POST = "post";

    public static final String WITHDRAWN = "withdrawn";
    public static final String EXPIRED = "expired";
    public static final String NEVER_PUBLISH = "never-publish";

    @Column(nullable = false, length = 13)
    private String upn;

    @Column(nullable = false, length = 10)
    private String kind;

    @Column(nullable = false)
    private UUID reference;

    @Column(name = "account_handle", nullable = false, length = 120)
    private String accountHandle;

    @Column(nullable = false, length = 20)
    private String status = "open";

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 120)
    private String resolvedBy;

    @Column(length = 500)
    private String resolution;

    /** Why: {@link #WITHDRAWN}, {@link #EXPIRED} or {@link #NEVER_PUBLISH}. */
    @Column(nullable = false, length = 20)
    private String reason;

    /** The purpose whose consent was withdrawn or expired; null for never publish. */
    @Column(name = "purpose_code", length = 40)
    private String purposeCode;

    protected ConsentAction() {}

    public ConsentAction(
            String upn,
            String kind,
            UUID reference,
            String accountHandle,
            Instant raisedAt,
            String reason,
            String purposeCode) {
        this.upn = upn;
        this.kind = kind;
        this.reference = reference;
        this.accountHandle = accountHandle;
        this.raisedAt = raisedAt;
        this.reason = reason;
        this.purposeCode = purposeCode;
    }

    public void resolve(String by, String resolution, Instant at) {
        this.status = "resolved";
        this.resolvedBy = by;
        this.resolution = resolution;
        this.resolvedAt = at;
    }

    /** Retention: the pupil left long ago and now goes by a pseudonymous UPN. */
    public void pseudonymise(String pseudonymousUpn) {
        upn = pseudonymousUpn;
    }

    public NeedsAction summary() {
        return new NeedsAction(
                getId(),
                getVersion(),
                upn,
                kind,
                reference,
                accountHandle,
                raisedAt,
                resolvedAt,
                resolvedBy,
                resolution,
                reason,
                purposeCode);
    }
}
