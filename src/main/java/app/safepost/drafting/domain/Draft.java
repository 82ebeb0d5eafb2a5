package app.safepost.drafting.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/** A post being written, submitted and reviewed. Every save is a revision (the draft's versions). */
@Entity
@Table(name = "draft")
@Audited
public class Draft extends SchoolRecord {

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 120)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DraftStatus status = DraftStatus.DRAFT;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "warnings_acknowledgement", length = 500)
    private String warningsAcknowledgement;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "delegation_id")
    private UUID delegationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "meant_for")
    private Instant meantFor;

    // Lists of drafts (the review queue) read these for many drafts: in batches rather than one query each.
    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<DraftPhoto> photos = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("mediaId, faceId")
    @BatchSize(size = 50)
    private List<DraftFace> faces = new ArrayList<>();

    @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("upn, mediaId")
    @BatchSize(size = 50)
    private List<DraftPupil> pupils = new ArrayList<>();

    protected Draft() {}

    public Draft(UUID accountId, String author, DraftContent content, UUID delegationId, Instant at) {
        this.accountId = accountId;
        this.author = author;
        this.delegationId = delegationId;
        this.createdAt = at;
        write(content, at);
    }

    /** Replaces the content; photos and pupils are only replaced when they changed, to keep the trail readable. */
    public void write(DraftContent content, Instant at) {
        this.text = content.text();
        if (!content().photos().equals(content.photos())) {
            photos.clear();
            faces.clear();
            for (int i = 0; i < content.photos().size(); i++) {
                var photo = content.photos().get(i);
                photos.add(new DraftPhoto(this, i, photo.mediaId(), photo.altText(), photo.facesChecked()));
                photo.faces().forEach((face, to) -> faces.add(new DraftFace(this, photo.mediaId(), face, to)));
            }
        }
        if (!content().pupilsShown().equals(content.pupilsShown())) {
            pupils.clear();
            content.pupilsShown().forEach(p -> pupils.add(new DraftPupil(this, p.upn(), p.covered(), p.mediaId())));
        }
        if (status == DraftStatus.REJECTED) {
            status = DraftStatus.DRAFT;
        }
        warningsAcknowledgement = null;
        updatedAt = at;
    }

    public void submit(String acknowledgement, Instant at) {
        status = DraftStatus.SUBMITTED;
        reviewComment = null;
        warningsAcknowledgement = acknowledgement;
        submittedAt = at;
        updatedAt = at;
    }

    /** SLT decided on the draft (approved, scheduled or rejected), or publishing reported what became of it. */
    public void moveTo(DraftStatus next, Instant at) {
        status = next;
        updatedAt = at;
    }

    /** SLT sent the draft back with a comment for its author. */
    public void reject(String comment, Instant at) {
        status = DraftStatus.REJECTED;
        reviewComment = comment;
        updatedAt = at;
    }

    /** The author changed an approved draft: it goes back to SLT, or to the author while the checks object. */
    public void backToReview(boolean checksPass, Instant at) {
        status = checksPass ? DraftStatus.SUBMITTED : DraftStatus.DRAFT;
        reviewComment = null;
        submittedAt = checksPass ? at : submittedAt;
        updatedAt = at;
    }

    /**
     * Takes these photos out of the draft, with the faces found in them and the pupils they show: a
     * pupil's photos were erased. The status stays as it is; the text is the author's and stays too.
     */
    public void removePhotos(Set<UUID> media, Instant at) {
        photos.removeIf(p -> media.contains(p.getMediaId()));
        faces.removeIf(f -> media.contains(f.getMediaId()));
        pupils.removeIf(p -> p.getMediaId() != null && media.contains(p.getMediaId()));
        updatedAt = at;
    }

    /** When the author means the post to go out (null: not said); not part of what SLT approve. */
    public void planFor(Instant when) {
        meantFor = when;
    }

    public DraftContent content() {
        return new DraftContent(
                text == null ? "" : text,
                photos.stream()
                        .map(p -> new DraftContent.AttachedPhoto(
                                p.getMediaId(), p.getAltText(), facesIn(p.getMediaId()), p.isFacesChecked()))
                        .toList(),
                pupils.stream()
                        .map(p -> new DraftContent.PupilShown(p.getUpn(), p.isCovered(), p.getMediaId()))
                        .toList());
    }

    private Map<String, String> facesIn(UUID mediaId) {
        var in = new TreeMap<String, String>();
        faces.stream()
                .filter(f -> f.getMediaId().equals(mediaId))
                .forEach(f -> in.put(f.getFaceId(), f.getAssignment()));
        return in;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getAuthor() {
        return author;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public String getText() {
        return text;
    }

    public String getWarningsAcknowledgement() {
        return warningsAcknowledgement;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public UUID getDelegationId() {
        return delegationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getMeantFor() {
        return meantFor;
    }
}
