package app.safepost.publishing.domain;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.database.SchoolRecord;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.PublishedPhoto;
import app.safepost.publishing.PublishedPost;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * One approved post in the outbox, and afterwards its line in the published register. The text,
 * photos and pupils are frozen at approval; the idempotency key and the record key are fixed when it
 * is scheduled, so every attempt to send it names the same post on the platform.
 */
@Entity
@Table(name = "publication")
@Audited
public class Publication extends SchoolRecord {

    /** How the entry goes out: to the sandbox, or to the real platform. Fixed at the first attempt. */
    public enum Via {
        SANDBOX,
        LIVE
    }

    private static final int MAX_ERROR = 500;

    @Column(nullable = false, unique = true)
    private UUID reference;

    @Column(name = "approved_version", nullable = false)
    private long approvedVersion;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 200)
    private String handle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Platform platform;

    @Column(name = "post_text", nullable = false, columnDefinition = "text")
    private String text;

    @Column(nullable = false, columnDefinition = "text")
    private String photos;

    @Column(name = "pupil_upns", nullable = false, length = 4000)
    private String pupilUpns;

    @Column(name = "publish_at", nullable = false)
    private Instant publishAt;

    @Column(nullable = false, length = 120)
    private String author;

    @Column(name = "approved_by", nullable = false, length = 120)
    private String approvedBy;

    @Column(name = "delegation_id")
    private UUID delegation;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PublicationStatus status;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 64)
    private String idempotencyKey;

    @Column(name = "record_key", nullable = false, length = 20)
    private String recordKey;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "sent_via", length = 20)
    private Via sentVia;

    @Column(name = "platform_post_id", length = 300)
    private String platformPostId;

    @Column(length = 500)
    private String url;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(length = MAX_ERROR)
    private String failure;

    @Column(name = "failure_permanent", nullable = false)
    private boolean failurePermanent;

    @Column(name = "taken_down_at")
    private Instant takenDownAt;

    @Column(name = "taken_down_by", length = 120)
    private String takenDownBy;

    @Column(name = "takedown_reason", length = 500)
    private String takedownReason;

    /** The attempt SLT asked to send without looking first, having checked the platform themselves. */
    @Column(name = "resend_at_attempt")
    private Integer resendAtAttempt;

    @Column(name = "checked_by", length = 120)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    protected Publication() {}

    public Publication(PostToPublish post, String handle, Platform platform, Instant now) {
        this.reference = post.reference();
        replaceWith(post, handle, platform, now);
    }

    /** Takes the approved post (again): scheduled, with fresh keys, as if never tried. */
    public final void replaceWith(PostToPublish post, String handle, Platform platform, Instant now) {
        if (status != null && !status.notSent()) {
            throw new IllegalStateException("Post " + reference + " has already gone to the platform");
        }
        approvedVersion = post.approvedVersion();
        accountId = post.account().value();
        this.handle = handle;
        this.platform = platform;
        text = post.text();
        photos = PhotoLines.write(post.photos());
        pupilUpns = String.join(",", post.pupilUpns());
        publishAt = post.publishAt();
        author = post.author();
        approvedBy = post.approvedBy();
        delegation = post.delegation();
        scheduledAt = now;
        status = PublicationStatus.SCHEDULED;
        idempotencyKey = UUID.randomUUID().toString();
        recordKey = RecordKeys.tid(now);
        attempts = 0;
        nextAttemptAt = post.publishAt();
        leaseUntil = null;
        claimedBy = null;
        sentVia = null;
        failure = null;
        failurePermanent = false;
        resendAtAttempt = null;
        checkedBy = null;
        checkedAt = null;
    }

    /**
     * Moves an entry that is waiting for its first attempt to another time, keeping what was approved
     * and its keys; false if it is being sent, was tried, sent, withdrawn or failed.
     */
    public boolean moveTo(Instant at) {
        if (status != PublicationStatus.SCHEDULED || attempts > 0) {
            return false;
        }
        publishAt = at;
        nextAttemptAt = at;
        return true;
    }

    /** Cancels an entry that has not gone out; false if it is being sent or was sent. */
    public boolean withdraw() {
        if (status == PublicationStatus.WITHDRAWN) {
            return true;
        }
        if (!status.notSent()) {
            return false;
        }
        status = PublicationStatus.WITHDRAWN;
        leaseUntil = null;
        claimedBy = null;
        return true;
    }

    /**
     * Takes the entry for one attempt: committed as "sending" before the platform is called. An entry
     * taken over from a sender whose lease ran out, or tried before, may already be on the platform.
     */
    public void claim(String instance, Instant now, Duration lease, Via via) {
        status = PublicationStatus.SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
        claimedBy = instance;
        if (sentVia == null) {
            sentVia = via;
        }
    }

    /** Whether an earlier attempt may have reached the platform, so it must be asked first. */
    public boolean mayAlreadyBeSent() {
        return attempts > 1 && (resendAtAttempt == null || attempts != resendAtAttempt);
    }

    /** The platform would not say whether an earlier attempt got there: nothing more is sent until SLT look. */
    public void couldNotCheck(String reason) {
        status = PublicationStatus.UNCHECKED;
        leaseUntil = null;
        failure = cut(reason);
    }

    /** SLT found the post on the platform: recorded as published there, nothing sent. */
    public void confirmedThere(String postId, String postUrl, String by, Instant at) {
        requireUnchecked();
        checkedBy = by;
        checkedAt = at;
        published(postId, postUrl, at);
    }

    /** SLT found it is not on the platform: the next attempt sends it without looking again. */
    public void confirmedMissing(String by, Instant at) {
        requireUnchecked();
        checkedBy = by;
        checkedAt = at;
        status = PublicationStatus.SCHEDULED;
        nextAttemptAt = at;
        resendAtAttempt = attempts + 1;
        failure = null;
    }

    private void requireUnchecked() {
        if (status != PublicationStatus.UNCHECKED) {
            throw new IllegalStateException("Post " + reference + " is not waiting for a check");
        }
    }

    public boolean isClaimedBy(String instance) {
        return status == PublicationStatus.SENDING && instance.equals(claimedBy);
    }

    public void published(String postId, String postUrl, Instant at) {
        status = PublicationStatus.PUBLISHED;
        platformPostId = postId;
        url = postUrl;
        publishedAt = at;
        leaseUntil = null;
        failure = null;
        failurePermanent = false;
    }

    /** A transient failure: back to the queue, tried again at {@code next}. */
    public void retryAt(Instant next, String reason) {
        status = PublicationStatus.SCHEDULED;
        nextAttemptAt = next;
        leaseUntil = null;
        failure = cut(reason);
    }

    /** The platform refused the post for good, or too many attempts failed. */
    public void failed(String reason) {
        status = PublicationStatus.FAILED;
        leaseUntil = null;
        failure = cut(reason);
        failurePermanent = true;
    }

    public void takenDown(String by, String reason, Instant at) {
        status = PublicationStatus.TAKEN_DOWN;
        takenDownBy = by;
        takedownReason = reason;
        takenDownAt = at;
    }

    private static String cut(String reason) {
        var text = reason == null || reason.isBlank() ? "unknown error" : reason;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    /** The register's line; a post not tried yet counts as practice while its account is not live. */
    public PublishedPost summary(boolean accountLive) {
        boolean practice = sentVia == null ? !accountLive : sentVia == Via.SANDBOX;
        return new PublishedPost(
                reference,
                new AccountId(accountId),
                handle,
                platform,
                status.apiName(),
                platformPostId,
                url,
                text,
                author,
                approvedBy,
                publishAt,
                publishedAt,
                upns(),
                takenDownAt,
                takenDownBy,
                takedownReason,
                failure,
                practice,
                checkedBy,
                checkedAt);
    }

    /** Whether it went out in practice mode (to the sandbox); false while it has not been tried. */
    public boolean sentInPractice() {
        return sentVia == Via.SANDBOX;
    }

    public List<String> upns() {
        return pupilUpns.isEmpty() ? List.of() : Arrays.asList(pupilUpns.split(","));
    }

    public List<PublishedPhoto> photoList() {
        return PhotoLines.read(photos);
    }

    public UUID getReference() {
        return reference;
    }

    public long getApprovedVersion() {
        return approvedVersion;
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public String getHandle() {
        return handle;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public PublicationStatus getStatus() {
        return status;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecordKey() {
        return recordKey;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant getLeaseUntil() {
        return leaseUntil;
    }

    public @Nullable String getClaimedBy() {
        return claimedBy;
    }

    public @Nullable Via getSentVia() {
        return sentVia;
    }

    public @Nullable String getPlatformPostId() {
        return platformPostId;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getFailure() {
        return failure;
    }

    public boolean isFailurePermanent() {
        return failurePermanent;
    }
}
