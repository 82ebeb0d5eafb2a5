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

/** A photo in a draft, in its place, with its alt text. */
@Entity
@Table(name = "draft_photo")
@Audited
public class DraftPhoto extends SchoolOwned {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @Column(nullable = false)
    private int position;

    @Column(name = "media_id", nullable = false)
    private UUID mediaId;

    @Column(name = "alt_text", nullable = false, length = 1000)
    private String altText;

    /** The author confirmed they checked every face in this photo (P15). */
    @Column(name = "faces_checked", nullable = false)
    private boolean facesChecked;

    protected DraftPhoto() {}

    DraftPhoto(Draft draft, int position, UUID mediaId, String altText, boolean facesChecked) {
        this.draft = draft;
        this.position = position;
        this.mediaId = mediaId;
        this.altText = altText;
        this.facesChecked = facesChecked;
    }

    public boolean isFacesChecked() {
        return facesChecked;
    }

    public int getPosition() {
        return position;
    }

    public UUID getMediaId() {
        return mediaId;
    }

    public String getAltText() {
        return altText;
    }
}
