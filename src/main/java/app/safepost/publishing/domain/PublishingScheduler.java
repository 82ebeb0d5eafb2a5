package app.safepost.publishing.domain;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.HeldSecret;
import app.safepost.accounts.Platform;
import app.safepost.media.MediaLibrary;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PostPublished;
import app.safepost.publishing.PublishedPhoto;
import app.safepost.publishing.PublishingFailed;
import app.safepost.publishing.platforms.CouldNotCheck;
import app.safepost.publishing.platforms.Outgoing;
import app.safepost.publishing.platforms.PublishFailure;
import app.safepost.publishing.platforms.Publisher;
import app.safepost.publishing.platforms.Publishers;
import app.safepost.publishing.platforms.Sent;
import app.safepost.security.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox entries, safely beside other portal instances on the same database.
 *
 * <ol>
 * <li>Claim: in one short transaction, lock due entries with {@code FOR UPDATE SKIP LOCKED} (rows
 * another instance is claiming are skipped, not waited for), mark them "sending" with this instance's
 * name and a lease, and commit, before any platform is called (record-before-send).</li>
 * <li>Send: outside any transaction. An entry tried before (a retry, or one taken over after a lease
 * ran out because its sender crashed between sending and recording) is first looked for on the
 * platform by its idempotency key, record key or text; only if it is not there is it sent.</li>
 * <li>Record: in a new transaction, only if this instance still holds the entry: published (event
 * {@link PostPublished}), retried later with back-off (429 and 5xx answers and time-outs; the
 * platform's reset time honoured), or failed for good (401, 403, refused as invalid, or out of
 * attempts: {@link PublishingFailed}, and a notice to SLT and the author), or, when the platform
 * would not say whether an earlier attempt got there ({@link CouldNotCheck}), left for SLT to check
 * and confirm, with a notice to SLT: never sent again blindly.</li>
 * </ol>
 *
 * Runs as the system user on its own thread ({@link PublishingJob}); tests make several on one database.
 */
public class PublishingScheduler {

    private static final Logger log = LoggerFactory.getLogger(PublishingScheduler.class);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** How the scheduler behaves: its name among instances, lease, batch, attempts and first back-off. */
    public record Settings(String instance, Duration lease, int batch, int maxAttempts, Duration firstBackoff) {}

    /** An entry claimed for one attempt, as read in the claiming transaction. */
    record Claimed(
            UUID id,
            UUID reference,
            AccountId account,
            Platform platform,
            String handle,
            String text,
            List<PublishedPhoto> photos,
            String idempotencyKey,
            String recordKey,
            Instant publishAt,
            int attempts,
            boolean mayAlreadyBeSent,
            Publication.Via via,
            String author) {}

    private final PublicationRepository publications;
    private final TransactionTemplate transaction;
    private final Publishers publishers;
    private final PlatformSwitch platformSwitch;
    private final HeldCredentials credentials;
    private final MediaLibrary media;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Settings settings;

    public PublishingScheduler(
            PublicationRepository publications,
            TransactionTemplate transaction,
            Publishers publishers,
            PlatformSwitch platformSwitch,
            HeldCredentials credentials,
            MediaLibrary media,
            Notices notices,
            ApplicationEventPublisher events,
            Clock clock,
            Settings settings) {
        this.publications = publications;
        this.transaction = transaction;
        this.publishers = publishers;
        this.platformSwitch = platformSwitch;
        this.credentials = credentials;
        this.media = media;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    public String instance() {
        return settings.instance();
    }

    /**
     * Sends everything due now, batch by batch, until nothing due is left unclaimed. Call as the
     * system user, on a thread of its own.
     *
     * @return how many entries this instance handled (sent, retried or failed)
     */
    public int runDue() {
        int handled = 0;
        while (true) {
            var claimed = claim();
            if (claimed.isEmpty()) {
                return handled;
            }
            for (var entry : claimed) {
                deliver(entry);
                handled++;
            }
        }
    }

    /** Step 1: due entries become "sending", held by this instance, committed before anything is sent. */
    List<Claimed> claim() {
        var claimed = transaction.execute(status -> {
            var now = clock.instant();
            var ids = publications.lockDue(now, settings.batch());
            if (ids.isEmpty()) {
                return List.<Claimed>of();
            }
            var live = platformSwitch.liveAccounts();
            var taken = new ArrayList<Claimed>(ids.size());
            for (var publication : publications.findAllById(ids)) {
                var via = live.contains(publication.account()) ? Publication.Via.LIVE : Publication.Via.SANDBOX;
                publication.claim(settings.instance(), now, settings.lease(), via);
                taken.add(new Claimed(
                        publication.getId(),
                        publication.getReference(),
                        publication.account(),
                        publication.getPlatform(),
                        publication.getHandle(),
                        publication.getText(),
                        publication.photoList(),
                        publication.getIdempotencyKey(),
                        publication.getRecordKey(),
                        publication.getPublishAt(),
                        publication.getAttempts(),
                        publication.mayAlreadyBeSent(),
                        publication.getSentVia(),
                        publication.getAuthor()));
            }
            return taken;
        });
        return claimed == null ? List.of() : claimed;
    }

    /** Steps 2 and 3 for one entry. */
    void deliver(Claimed entry) {
        Sent sent;
        try {
            var publisher = publisherFor(entry);
            var secret = entry.via() == Publication.Via.LIVE ? secretFor(entry.account()) : "";
            var outgoing = outgoing(entry);
            Optional<Sent> already = entry.mayAlreadyBeSent() ? publisher.find(outgoing, secret) : Optional.empty();
            if (already.isPresent()) {
                log.info(
                        "Post {} was already on {} ({}); recorded without sending again",
                        entry.reference(),
                        entry.platform(),
                        already.get().postId());
            }
            sent = already.isPresent() ? already.get() : send(publisher, outgoing, secret);
        } catch (CouldNotCheck unchecked) {
            recordUnchecked(entry, unchecked.getMessage());
            return;
        } catch (PublishFailure failure) {
            recordFailure(entry, failure);
            return;
        } catch (RuntimeException e) {
            log.warn("Post {} not sent: {}", entry.reference(), e.toString());
            recordFailure(entry, PublishFailure.transientFailure("Unexpected error: " + e.getMessage(), null, 0));
            return;
        }
        recordPublished(entry, sent);
    }

    /** The platform call itself; a separate method so a test can stop the portal right after it. */
    protected Sent send(Publisher publisher, Outgoing outgoing, String secret) {
        return publisher.publish(outgoing, secret);
    }

    private Publisher publisherFor(Claimed entry) {
        return entry.via() == Publication.Via.LIVE
                ? publishers.live(entry.platform(), entry.account())
                : publishers.sandbox();
    }

    private String secretFor(AccountId account) {
        return credentials
                .secretForPublishing(account)
                .map(HeldSecret::secret)
                .orElseThrow(() -> PublishFailure.permanent(
                        "The account has no connected credential. Connect it on the Accounts screen.", 0));
    }

    private Outgoing outgoing(Claimed entry) {
        var photos = new ArrayList<Outgoing.Photo>();
        for (var photo : entry.photos()) {
            byte[] bytes;
            try {
                bytes = media.publishedImage(photo.media());
            } catch (RuntimeException e) {
                throw PublishFailure.permanent("A photo of the post can no longer be read: " + e.getMessage(), 0);
            }
            photos.add(new Outgoing.Photo(bytes, contentType(bytes), photo.altText()));
        }
        return new Outgoing(
                entry.idempotencyKey(),
                entry.recordKey(),
                entry.account(),
                entry.platform(),
                entry.handle(),
                entry.text(),
                photos,
                entry.publishAt());
    }

    static String contentType(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                ? "image/png"
                : "image/jpeg";
    }

    private void recordPublished(Claimed entry, Sent sent) {
        transaction.executeWithoutResult(status -> {
            var publication = stillMine(entry);
            if (publication == null) {
                return;
            }
            var at = clock.instant();
            publication.published(sent.postId(), sent.url(), at);
            events.publishEvent(new PostPublished(
                    entry.reference(),
                    entry.account(),
                    sent.postId(),
                    sent.url(),
                    at,
                    entry.via() == Publication.Via.SANDBOX));
        });
    }

    private void recordFailure(Claimed entry, PublishFailure failure) {
        transaction.executeWithoutResult(status -> {
            var publication = stillMine(entry);
            if (publication == null) {
                return;
            }
            var now = clock.instant();
            boolean permanent = failure.permanent() || entry.attempts() >= settings.maxAttempts();
            var reason = failure.permanent() || !permanent
                    ? failure.getMessage()
                    : failure.getMessage() + " Given up after " + entry.attempts() + " attempts.";
            if (permanent) {
                publication.failed(reason);
                log.warn("Post {} to {} failed for good: {}", entry.reference(), entry.handle(), reason);
                tellStaff(entry, reason);
            } else {
                var next = nextAttempt(now, entry.attempts(), failure.notBefore());
                publication.retryAt(next, reason);
                log.info(
                        "Post {} to {} failed ({}); trying again at {}",
                        entry.reference(),
                        entry.handle(),
                        reason,
                        next);
            }
            events.publishEvent(new PublishingFailed(entry.reference(), entry.account(), reason, permanent, now));
        });
    }

    /** Neither sent again nor failed: SLT look on the platform and confirm on the Published posts screen. */
    private void recordUnchecked(Claimed entry, String reason) {
        transaction.executeWithoutResult(status -> {
            var publication = stillMine(entry);
            if (publication == null) {
                return;
            }
            publication.couldNotCheck(reason);
            log.warn(
                    "Post {} to {} could not be checked before a resend: {}",
                    entry.reference(),
                    entry.handle(),
                    reason);
            var platform = entry.platform().label();
            notices.toRole(
                    Roles.SLT,
                    new Notice(
                            "Is the post to " + entry.handle() + " on " + platform + "?",
                            cut("An earlier attempt to publish the post approved for " + entry.handle()
                                    + " may have reached "
                                    + platform + ", and " + platform + " would not let the portal check: " + reason
                                    + "\n\nNothing more is sent until you look on " + platform
                                    + " and confirm on the Published"
                                    + " posts screen: it is there, or send it again."),
                            "published"));
        });
    }

    /** 1, 2, 4 … times the first back-off, at most an hour, and never before the platform's reset time. */
    Instant nextAttempt(Instant now, int attempts, @Nullable Instant notBefore) {
        var wait = settings.firstBackoff().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        var next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return notBefore != null && notBefore.isAfter(next) ? notBefore : next;
    }

    private @Nullable Publication stillMine(Claimed entry) {
        var publication = publications.findById(entry.id()).orElse(null);
        if (publication == null || !publication.isClaimedBy(settings.instance())) {
            // Another instance took it over after the lease ran out; it asks the platform before sending.
            log.warn(
                    "Post {} is no longer held by {}; leaving it to its new holder",
                    entry.reference(),
                    settings.instance());
            return null;
        }
        return publication;
    }

    private void tellStaff(Claimed entry, String reason) {
        var link = "published";
        var body = "The post approved for " + entry.handle() + " (" + entry.platform() + ") could not be published: "
                + reason + "\n\nNothing more will be tried. See the published register.";
        notices.toRole(
                Roles.SLT, new Notice("A post to " + entry.handle() + " could not be published", cut(body), link));
        notices.toStaff(
                List.of(entry.author()),
                new Notice("Your post to " + entry.handle() + " could not be published", cut(body), link));
    }

    private static String cut(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
