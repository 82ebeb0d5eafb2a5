package app.safepost.drafting.domain;

import app.safepost.database.SchoolOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * Who a face the portal found in one of a draft's photos is, as its author said (P15): a pupil's UPN,
 * {@code adult} or {@code not-a-face}.
 */
@Entity
@Table(name = "draft_face")
@Audited
public class DraftFace extends SchoolOwned {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @Column(name = "media_id", nullable = false)
    private UUID mediaId;

    @Column(name = "face_id", nullable = false, length = 10)
    private String faceId;

    @Column(nullable = false, length = 13)
    private String assignment;

    protected DraftFace() {}

    DraftFace(Draft draft, UUID mediaId, String faceId, String assignment) {
        this.draft = draft;
        this.mediaId = mediaId;
        this.faceId = faceId;
        this.assignment = assignment;
    }

    /** Retention: the pupil left long ago and now goes by a pseudonymous UPN. */
    public void pseudonymise(String pseudonymousUpn) {
        assignment = pseudonymousUpn;
    }

    public UUID getId() {
        return id;
    }

    public UUID getMediaId() {
        return mediaId;
    }

    public String getFaceId() {
        return faceId;
    }

    public String getAssignment() {
        return assignment;
    }
}
