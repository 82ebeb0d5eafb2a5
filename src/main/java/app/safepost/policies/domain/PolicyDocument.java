package app.safepost.policies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One version of one of the school's policies, with its text as adopted. */
@Entity
@Table(name = "policy_document")
@Audited
public class PolicyDocument {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

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

    protected PolicyDocument() {
    }

    public PolicyDocument(String title, int versionNumber, String owner, LocalDate adoptedOn, LocalDate reviewDue,
                          String body) {
        this.title = title;
        this.versionNumber = versionNumber;
        this.owner = owner;
        this.adoptedOn = adoptedOn;
        this.reviewDue = reviewDue;
        this.body = body;
    }

    public UUID getId() {
        return id;
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
}
