package app.safepost.moderation.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.moderation.FollowerStatus;
import app.safepost.moderation.ModerationRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A follower of one of the school's accounts and their standing (P7). Added by hand or found by a
 * synchronisation with the platform; one that stops following stays, marked as no longer following.
 */
@Entity
@Table(name = "follower")
@Audited
public class Follower extends SchoolRecord {

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 200)
    private String handle;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "first_seen", nullable = false)
    private LocalDate firstSeen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowerStatus status = FollowerStatus.ALLOWED;

    @Column(name = "added_by", nullable = false, length = 120)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "platform_id", length = 200)
    private String platformId;

    @Column(nullable = false)
    private boolean following = true;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Follower() {}

    public Follower(
            UUID accountId,
            String handle,
            @Nullable String displayName,
            LocalDate firstSeen,
            String addedBy,
            Instant addedAt) {
        this.accountId = accountId;
        this.handle = handle;
        this.displayName = displayName;
        this.firstSeen = firstSeen;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** A handle as the register keeps it: no leading "@", no spaces. */
    public static String normaliseHandle(@Nullable String handle) {
        if (handle == null) {
            return "";
        }
        var h = handle.strip();
        while (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h;
    }

    public void flag() {
        if (status == FollowerStatus.BLOCKED) {
            throw ModerationRefused.of("reason", "This follower is already blocked.");
        }
        status = FollowerStatus.UNDER_REVIEW;
    }

    public void allow() {
        if (status != FollowerStatus.UNDER_REVIEW) {
            throw ModerationRefused.of("reason", "Only a follower under review can be allowed.");
        }
        status = FollowerStatus.ALLOWED;
    }

    public void block() {
        if (status == FollowerStatus.BLOCKED) {
            throw ModerationRefused.of("reasonCategory", "This follower is already blocked.");
        }
        status = FollowerStatus.BLOCKED;
    }

    public void unblock() {
        if (status != FollowerStatus.BLOCKED) {
            throw ModerationRefused.of("reason", "This follower is not blocked.");
        }
        status = FollowerStatus.ALLOWED;
    }

    /**
     * A follower the platform lists and the register did not know: under review until SLT allow it,
     * except those already there at the account's first synchronisation.
     */
    public static Follower found(
            UUID accountId,
            String platformId,
            String handle,
            @Nullable String displayName,
            LocalDate on,
            boolean underReview,
            String by,
            Instant at) {
        var follower = new Follower(accountId, handle, displayName, on, by, at);
        follower.platformId = platformId;
        if (underReview) {
            follower.status = FollowerStatus.UNDER_REVIEW;
        }
        return follower;
    }

    /** The platform lists this follower again: its id, handle and name as the platform has them now. */
    public void seenOnPlatform(String platformId, String handle, @Nullable String displayName) {
        this.platformId = platformId;
        this.handle = handle;
        this.displayName = displayName;
        this.following = true;
        this.leftOn = null;
    }

    /** The platform no longer lists this follower; its standing is kept (a blocked one stays blocked). */
    public void stoppedFollowing(LocalDate on) {
        following = false;
        leftOn = on;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getHandle() {
        return handle;
    }

    public String getDisplayName() {
        return displayName;
    }

    public LocalDate getFirstSeen() {
        return firstSeen;
    }

    public FollowerStatus getStatus() {
        return status;
    }

    public @Nullable String getPlatformId() {
        return platformId;
    }

    public boolean isFollowing() {
        return following;
    }

    public @Nullable LocalDate getLeftOn() {
        return leftOn;
    }
}
