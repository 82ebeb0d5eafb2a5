package app.safepost.policies.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.policies.CommentId;
import app.safepost.policies.PolicyComment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A comment on a section of a review's draft, or a reply in its thread. Only a thread's first comment is resolved. */
@Entity
@Table(name = "review_comment")
@Audited
public class ReviewComment extends SchoolRecord {

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false, length = 200)
    private String section;

    @Column(nullable = false, length = 120)
    private String author;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "resolved_by", length = 120)
    private String resolvedBy;

    @Column(name = "resolved_by_name", length = 120)
    private String resolvedByName;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(length = 1000)
    private String resolution;

    protected ReviewComment() {}

    public ReviewComment(
            UUID reviewId,
            UUID parentId,
            String section,
            String author,
            String authorName,
            String body,
            Instant writtenAt) {
        this.reviewId = reviewId;
        this.parentId = parentId;
        this.section = section;
        this.author = author;
        this.authorName = authorName;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public void resolve(String username, String name, Instant at, String note) {
        resolvedBy = username;
        resolvedByName = name;
        resolvedAt = at;
        resolution = note == null || note.isBlank() ? null : note.strip();
    }

    public UUID getReviewId() {
        return reviewId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getSection() {
        return section;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public PolicyComment view() {
        return new PolicyComment(
                new CommentId(getId()),
                parentId == null ? null : new CommentId(parentId),
                section,
                author,
                authorName,
                body,
                writtenAt,
                resolvedByName,
                resolvedAt,
                resolution);
    }
}
