package app.safepost.publishing.domain;

import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.HeldSecret;
import app.safepost.publishing.TakedownRefused;
import app.safepost.publishing.platforms.Outgoing;
import app.safepost.publishing.platforms.PublishFailure;
import app.safepost.publishing.platforms.Publishers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Deletes a published post where it was published: the sandbox or the platform, through the same
 * adapter that sent it. The platform call runs on the publishing thread as the portal itself, which
 * alone reads the account's credential.
 */
@Component
public class Takedowns {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final Publishers publishers;
    private final HeldCredentials credentials;
    private final PublishingJob job;

    Takedowns(Publishers publishers, HeldCredentials credentials, PublishingJob job) {
        this.publishers = publishers;
        this.credentials = credentials;
        this.job = job;
    }

    /** Throws {@link TakedownRefused} if the post could not be deleted. */
    public void deleteFromPlatform(Publication publication) {
        var outgoing = new Outgoing(
                publication.getIdempotencyKey(),
                publication.getRecordKey(),
                publication.account(),
                publication.getPlatform(),
                publication.getHandle(),
                publication.getText(),
                List.of(),
                publication.getPublishAt());
        var postId = publication.getPlatformPostId();
        boolean live = publication.getSentVia() == Publication.Via.LIVE;
        try {
            job.runOnPublishingThread(
                    () -> {
                        if (live) {
                            var secret = credentials
                                    .secretForPublishing(publication.account())
                                    .map(HeldSecret::secret)
                                    .orElseThrow(() -> new TakedownRefused(
                                            "post",
                                            "The account's credential is not connected; connect it and try again."));
                            publishers
                                    .live(publication.getPlatform(), publication.account())
                                    .delete(outgoing, postId, secret);
                        } else {
                            publishers.sandbox().delete(outgoing, postId, "");
                        }
                        return null;
                    },
                    WAIT);
        } catch (TakedownRefused e) {
            throw e;
        } catch (PublishFailure e) {
            throw new TakedownRefused(
                    "post",
                    "The post was not deleted: " + e.getMessage()
                            + (e.permanent() ? "" : " Try again in a few minutes."));
        } catch (TimeoutException e) {
            throw new TakedownRefused("post", "The platform did not confirm the deletion in time; try again.");
        } catch (Exception e) {
            throw new TakedownRefused("post", "The post was not deleted: " + e.getMessage());
        }
    }
}
