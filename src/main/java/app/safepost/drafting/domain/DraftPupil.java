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

/** A pupil a draft's photos show, by UPN, and whether they are covered (P15). */
@Entity
@Table(name = "draft_pupil")
@Audited
public class DraftPupil extends SchoolOwned {

    @Id
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id")
    private Draft draft;

    @Column(nullable = false, length = 13)
    private String upn;

    @Column(nullable = false)
    private boolean covered;

    @Column(name = "media_id")
    private UUID mediaId;

    protected DraftPupil() {}

    DraftPupil(Draft draft, String upn, boolean covered, UUID mediaId) {
        this.draft = draft;
        this.upn = upn;
        this.covered = covered;
        this.mediaId = mediaId;
    }

    /** Retention: the pupil left long ago and now goes by a pseudonymous UPN. */
    public void pseudonymise(String pseudonymousUpn) {
        upn = pseudonymousUpn;
    }

    public UUID getId() {
        return id;
    }

    public UUID getMediaId() {
        return mediaId;
    }

    public String getUpn() {
        return upn;
    }

    public boolean isCovered() {
        return covered;
    }
}
