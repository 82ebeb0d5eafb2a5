package app.safepost.publishing;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.domain.LivePublishing;
import app.safepost.publishing.domain.LivePublishingRepository;
import app.safepost.publishing.domain.Publication;
import app.safepost.publishing.domain.PublicationRepository;
import app.safepost.publishing.domain.PublicationStatus;
import app.safepost.publishing.domain.Takedowns;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved posts on their way out, and the register of what went out. Approval calls
 * {@link #schedule} in its own transaction, so the outbox entry exists exactly when the approval does;
 * the scheduler sends it when due.
 */
@Service
public class Publishing {

    /** Whoever may draft may take their approved draft back (the caller checks the draft is theirs). */
    public static final String MAY_WITHDRAW =
            "hasAnyRole('" + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "','" + Roles.SLT + "')";

    static final int MAX_REASON = 500;
    /** A post's address on X as the browser shows it: x.com or twitter.com, the account, the post's id. */
    private static final Pattern X_POST = Pattern.compile(
            "https?://(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/([A-Za-z0-9_]{1,15})/status/(\\d{1,25})(?:[/?#].*)?");

    private final PublicationRepository publications;
    private final LivePublishingRepository liveSettings;
    private final SocialAccounts accounts;
    private final Takedowns takedowns;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publishing(
            PublicationRepository publications,
            LivePublishingRepository liveSettings,
            SocialAccounts accounts,
            Takedowns takedowns,
            ApplicationEventPublisher events,
            Clock clock) {
        this.publications = publications;
        this.liveSettings = liveSettings;
        this.accounts = accounts;
        this.takedowns = takedowns;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes the outbox entry in the caller's transaction. The same reference already scheduled and
     * not sent is replaced by this one (re-approval after an edit); one that is being sent or was sent
     * is refused with {@link IllegalStateException}.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public void schedule(PostToPublish post) {
        if (post.reference() == null || post.account() == null || post.publishAt() == null) {
            throw new IllegalArgumentException("A post to publish needs its reference, account and time");
        }
        if (post.text() == null || (post.text().isBlank() && post.photos().isEmpty())) {
            throw new IllegalArgumentException("A post to publish needs text or a photo");
        }
        var account = accounts.account(post.account())
                .orElseThrow(() -> new IllegalArgumentException("No account " + post.account()));
        var now = clock.instant();
        var existing = publications.lockByReference(post.reference());
        if (existing.isPresent()) {
            existing.get().replaceWith(post, account.handle(), account.platform(), now);
        } else {
            publications.save(new Publication(post, account.handle(), account.platform(), now));
        }
    }

    /**
     * Cancels an entry not yet sent (the approved draft was edited and goes back to review). True if
     * cancelled or nothing was scheduled; false if it is being sent or was sent.
     */
    @PreAuthorize(MAY_WITHDRAW)
    @Transactional
    public boolean withdraw(UUID reference) {
        return publications
                .lockByReference(reference)
                .map(Publication::withdraw)
                .orElse(true);
    }

    /**
     * Moves a scheduled post that has not been tried yet to another time. What was approved is unchanged,
     * so the approval stands; the caller records who moved it. False if it is being sent or was sent,
     * tried, withdrawn or failed (it can no longer be moved).
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean reschedule(UUID reference, Instant at) {
        return publications.lockByReference(reference).map(p -> p.moveTo(at)).orElse(false);
    }

    /** Every entry, newest first: scheduled, sent, failed, withdrawn and taken down. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<PublishedPost> register() {
        var live = liveAccounts();
        return publications.findAllByOrderByPublishAtDesc().stream()
                .map(p -> summary(p, live))
                .toList();
    }

    /** One page of {@link #register()}: only the page's entries are read. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Page<PublishedPost> register(Pageable page) {
        var live = liveAccounts();
        return publications.findAllByOrderByPublishAtDescIdAsc(page).map(p -> summary(p, live));
    }

    /** How many entries {@link #register()} holds. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long registerCount() {
        return publications.count();
    }

    /** The entries due or sent from {@code from} (inclusive) to {@code to} (exclusive), for a calendar. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<PublishedPost> between(Instant from, Instant to) {
        var live = liveAccounts();
        return publications.findByPublishAtBetweenOrderByPublishAt(from, to.minusNanos(1)).stream()
                .map(p -> summary(p, live))
                .toList();
    }

    /** How many approved posts failed to go out (the platform refused them, or every retry failed). */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public long failedCount() {
        return publications.countByStatus(PublicationStatus.FAILED);
    }

    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public Optional<PublishedPost> find(UUID reference) {
        return publications.findByReference(reference).map(p -> summary(p, liveAccounts()));
    }

    /**
     * Which of these posts went out in practice mode (kept in the sandbox; nothing left the school), for
     * the screens that show drafts to their authors.
     */
    @PreAuthorize(MAY_WITHDRAW)
    @Transactional(readOnly = true)
    public Set<UUID> keptInPractice(Collection<UUID> references) {
        if (references.isEmpty()) {
            return Set.of();
        }
        return publications.findByReferenceIn(references).stream()
                .filter(Publication::sentInPractice)
                .map(Publication::getReference)
                .collect(Collectors.toSet());
    }

    private Set<AccountId> liveAccounts() {
        return liveSettings.findAll().stream()
                .filter(LivePublishing::isLive)
                .map(s -> new AccountId(s.getAccountId()))
                .collect(Collectors.toSet());
    }

    private static PublishedPost summary(Publication publication, Set<AccountId> live) {
        return publication.summary(live.contains(publication.account()));
    }

    /** Posts on a platform (being sent, sent or perhaps sent; not taken down) that show this pupil: consent was withdrawn. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<PublishedPost> showing(String upn) {
        return publications.findAllByOrderByPublishAtDesc().stream()
                .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED
                        || p.getStatus() == PublicationStatus.SENDING
                        || p.getStatus() == PublicationStatus.UNCHECKED)
                .filter(p -> p.upns().contains(upn))
                .map(p -> summary(p, liveAccounts()))
                .toList();
    }

    /** Posts on a platform (being sent, sent or perhaps sent; not taken down) that show this pupil or whose text names them. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<PublishedPost> showingOrNaming(String upn, Predicate<String> names) {
        return publications.findAllByOrderByPublishAtDesc().stream()
                .filter(p -> p.getStatus() == PublicationStatus.PUBLISHED
                        || p.getStatus() == PublicationStatus.SENDING
                        || p.getStatus() == PublicationStatus.UNCHECKED)
                .filter(p -> p.upns().contains(upn) || names.test(p.getText()))
                .map(p -> summary(p, liveAccounts()))
                .toList();
    }

    /**
     * SLT looked on the platform for a post it would not let the portal check, and found it there:
     * recorded as published at the address given, nothing sent. Refused with {@link CheckRefused}
     * for an address that is not this account's post, or a post not waiting for a check.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public PublishedPost confirmOnPlatform(UUID reference, String address) {
        var publication = unchecked(reference);
        var typed = address == null ? "" : address.strip();
        if (typed.isEmpty()) {
            throw new CheckRefused(
                    "address",
                    "Paste the post's address from X, such as https://x.com/" + bare(publication.getHandle())
                            + "/status/1234567890.");
        }
        var post = X_POST.matcher(typed);
        if (typed.length() > MAX_REASON || !post.matches()) {
            throw new CheckRefused(
                    "address",
                    "That is not the address of a post on X; it looks like https://x.com/"
                            + bare(publication.getHandle()) + "/status/1234567890.");
        }
        if (!post.group(1).equalsIgnoreCase(bare(publication.getHandle()))) {
            throw new CheckRefused(
                    "address", "That post is @" + post.group(1) + "'s, not " + publication.getHandle() + "'s.");
        }
        var by = SignedInStaff.current().orElseThrow().username();
        var at = clock.instant();
        publication.confirmedThere(
                post.group(2), "https://x.com/" + bare(publication.getHandle()) + "/status/" + post.group(2), by, at);
        events.publishEvent(
                new PostPublished(reference, publication.account(), post.group(2), publication.getUrl(), at, false));
        return publication.summary(true);
    }

    /**
     * SLT looked on the platform for a post it would not let the portal check, and it is not there:
     * the next run sends it without looking again. Refused for a post not waiting for a check.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public PublishedPost confirmNotOnPlatform(UUID reference) {
        var publication = unchecked(reference);
        publication.confirmedMissing(SignedInStaff.current().orElseThrow().username(), clock.instant());
        return publication.summary(true);
    }

    private Publication unchecked(UUID reference) {
        var publication = publications
                .lockByReference(reference)
                .orElseThrow(() -> new CheckRefused("post", "There is no such post in the register."));
        if (publication.getStatus() != PublicationStatus.UNCHECKED) {
            throw new CheckRefused(
                    "post", "This post is " + publication.getStatus().apiName() + ", not waiting for a check.");
        }
        if (publication.getPlatform() != Platform.X) {
            throw new CheckRefused("post", "Only posts to X are checked by hand.");
        }
        return publication;
    }

    private static String bare(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    /**
     * Deletes a published post from its platform and records who did it and why. Refused with
     * {@link TakedownRefused} without a reason, for a post that is not published, or when the platform
     * does not confirm the deletion (nothing is recorded then).
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public PublishedPost takeDown(UUID reference, String reason) {
        return takeDownChecked(reference, reason);
    }

    /**
     * Every post, whatever became of it, that shows the pupil or whose text or alt texts name them (the
     * checks' own rule in {@code names}): publishing's part of a subject access request.
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional(readOnly = true)
    public List<PostAboutPupil> heldAbout(String upn, Predicate<String> names) {
        var live = liveAccounts();
        return publications.findAllByOrderByPublishAtDesc().reversed().stream()
                .map(p -> {
                    boolean shows = p.upns().contains(upn);
                    boolean named = names.test(p.getText());
                    var photos = p.photoList().stream()
                            .filter(photo -> shows || names.test(photo.altText()))
                            .toList();
                    return shows || named || !photos.isEmpty()
                            ? new PostAboutPupil(summary(p, live), photos, shows, named)
                            : null;
                })
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * A pupil's photos are being erased: takes one post that shows them down from its platform (the same
     * path as {@link #takeDown}), or withdraws it while it waits to be sent. Refused with
     * {@link TakedownRefused} for a post that does not show the pupil or that the platform does not
     * confirm deleted (nothing is recorded then). Returns the photos the post carried.
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional
    public List<PublishedPhoto> takeDownForErasure(UUID reference, String upn, String reason) {
        var publication = publications
                .lockByReference(reference)
                .filter(p -> p.upns().contains(upn))
                .orElseThrow(() -> new TakedownRefused("post", "That post does not show the pupil."));
        var photos = publication.photoList();
        if (publication.getStatus() == PublicationStatus.SCHEDULED) {
            publication.withdraw();
            // Its draft is withdrawn and its author told, as for a post taken down.
            events.publishEvent(new PostTakenDown(
                    reference,
                    SignedInStaff.current().orElseThrow().username(),
                    reason,
                    clock.instant(),
                    publication.sentInPractice()));
        } else if (publication.getStatus() == PublicationStatus.PUBLISHED) {
            takeDownChecked(reference, reason);
        } else if (publication.getStatus() == PublicationStatus.SENDING) {
            throw new TakedownRefused(
                    "post", "A post showing the pupil is being sent right now; try again in a minute.");
        }
        return photos;
    }

    private PublishedPost takeDownChecked(UUID reference, String reason) {
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new TakedownRefused("reason", "Say why the post is being taken down.");
        }
        if (why.length() > MAX_REASON) {
            throw new TakedownRefused("reason", "Keep the reason under " + MAX_REASON + " characters.");
        }
        var publication = publications
                .lockByReference(reference)
                .orElseThrow(() -> new TakedownRefused("post", "There is no such post in the register."));
        if (publication.getStatus() != PublicationStatus.PUBLISHED) {
            throw new TakedownRefused(
                    "post",
                    "Only a published post can be taken down; this one is "
                            + publication.getStatus().apiName() + ".");
        }
        takedowns.deleteFromPlatform(publication);
        var by = SignedInStaff.current().orElseThrow().username();
        var at = clock.instant();
        publication.takenDown(by, why, at);
        events.publishEvent(new PostTakenDown(reference, by, why, at, publication.sentInPractice()));
        return publication.summary(!publication.sentInPractice());
    }
}
