package app.safepost.policies.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One version of one of the school's policies, with its text as adopted. A version signed off in the
 * portal keeps who signed it, when, and the SHA-256 of the exact text signed; a version imported from
 * paper has none of these.
 */
@Entity
@Table(name = "policy_document")
@Audited
public class PolicyDocument extends SchoolRecord {

    public enum Status {
        ADOPTED,
        SUPERSEDED
    }

    @Column(name = "policy_id", nullable = false)
    private UUID policyId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false, length = 120)
    private String owner;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    /** The policy's text in Markdown. */
    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.ADOPTED;

    @Column(name = "signed_by", length = 120)
    private String signedBy;

    @Column(name = "signed_by_name", length = 120)
    private String signedByName;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "text_sha256", length = 64)
    private String textSha256;

    /** Why the head signed off with comments still open, if they did. */
    @Column(name = "sign_off_note", length = 1000)
    private String signOffNote;

    protected PolicyDocument() {}

    public PolicyDocument(Policy policy, int versionNumber, LocalDate adoptedOn, LocalDate reviewDue, String body) {
        this.policyId = policy.getId();
        this.title = policy.getTitle();
        this.owner = policy.getOwner();
        this.versionNumber = versionNumber;
        this.adoptedOn = adoptedOn;
        this.reviewDue = reviewDue;
        this.body = body;
        this.textSha256 = PolicyText.sha256(body);
    }

    /** Records the head teacher's signature of exactly this text. */
    public void signedBy(String username, String name, LocalDate on, String note) {
        this.signedBy = username;
        this.signedByName = name;
        this.signedOn = on;
        this.signOffNote = note == null || note.isBlank() ? null : note.strip();
    }

    public void supersede() {
        status = Status.SUPERSEDED;
    }

    public UUID getPolicyId() {
        return policyId;
    }

    public String getTitle() {
        return title;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignedByName() {
        return signedByName;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getTextSha256() {
        return textSha256 == null ? PolicyText.sha256(body) : textSha256;
    }

    public String getSignOffNote() {
        return signOffNote;
    }
}
