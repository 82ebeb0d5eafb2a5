package app.safepost.policies.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.policies.Reconfirmation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The review of a policy: a draft that SLT edit, starting from the adopted version, until the head signs it off. */
@Entity
@Table(name = "policy_review")
@Audited
public class PolicyReview extends SchoolRecord {

    public enum Status {
        OPEN,
        SIGNED_OFF
    }

    @Column(name = "policy_id", nullable = false)
    private UUID policyId;

    @Column(name = "base_document_id", nullable = false)
    private UUID baseDocumentId;

    @Column(name = "draft_body", nullable = false, columnDefinition = "text")
    private String draft;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "opened_by", nullable = false, length = 120)
    private String openedBy;

    @Column(name = "accounts_confirmed", nullable = false)
    private boolean accountsConfirmed;

    @Column(name = "follow_exceptions_confirmed", nullable = false)
    private boolean followExceptionsConfirmed;

    @Column(name = "guidance_confirmed", nullable = false)
    private boolean guidanceConfirmed;

    @Column(name = "adopted_document_id")
    private UUID adoptedDocumentId;

    protected PolicyReview() {}

    public PolicyReview(PolicyDocument base, LocalDate openedOn, String openedBy) {
        this.policyId = base.getPolicyId();
        this.baseDocumentId = base.getId();
        this.draft = base.getBody();
        this.openedOn = openedOn;
        this.openedBy = openedBy;
    }

    public void editDraft(String text) {
        this.draft = text;
    }

    public void reconfirm(Reconfirmation what, boolean confirmed) {
        switch (what) {
            case ACCOUNTS -> accountsConfirmed = confirmed;
            case FOLLOW_EXCEPTIONS -> followExceptionsConfirmed = confirmed;
            case GUIDANCE -> guidanceConfirmed = confirmed;
        }
    }

    public void signedOff(PolicyDocument adopted) {
        status = Status.SIGNED_OFF;
        adoptedDocumentId = adopted.getId();
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public UUID getPolicyId() {
        return policyId;
    }

    public UUID getBaseDocumentId() {
        return baseDocumentId;
    }

    public String getDraft() {
        return draft;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public boolean isAccountsConfirmed() {
        return accountsConfirmed;
    }

    public boolean isFollowExceptionsConfirmed() {
        return followExceptionsConfirmed;
    }

    public boolean isGuidanceConfirmed() {
        return guidanceConfirmed;
    }
}
