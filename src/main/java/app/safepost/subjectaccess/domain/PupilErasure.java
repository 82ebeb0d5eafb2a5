package app.safepost.subjectaccess.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** The fact that a pupil's photos were erased: who, when, how many posts and photos. Never an image. */
@Entity
@Table(name = "pupil_erasure")
@Audited
public class PupilErasure extends SchoolRecord {

    @Column(name = "pupil_id", nullable = false)
    private UUID pupilId;

    @Column(name = "posts_taken_down", nullable = false)
    private int postsTakenDown;

    @Column(name = "photos_deleted", nullable = false)
    private int photosDeleted;

    @Column(name = "drafts_changed", nullable = false)
    private int draftsChanged;

    @Column(name = "erased_by", nullable = false, length = 120)
    private String erasedBy;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    protected PupilErasure() {}

    public PupilErasure(
            UUID pupilId, int postsTakenDown, int photosDeleted, int draftsChanged, String erasedBy, Instant erasedAt) {
        this.pupilId = pupilId;
        this.postsTakenDown = postsTakenDown;
        this.photosDeleted = photosDeleted;
        this.draftsChanged = draftsChanged;
        this.erasedBy = erasedBy;
        this.erasedAt = erasedAt;
    }

    public int getPostsTakenDown() {
        return postsTakenDown;
    }

    public int getPhotosDeleted() {
        return photosDeleted;
    }

    public int getDraftsChanged() {
        return draftsChanged;
    }

    public String getErasedBy() {
        return erasedBy;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
