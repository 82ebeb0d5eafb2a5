package app.safepost.publishing.platforms;

import app.safepost.publishing.domain.SandboxPost;
import app.safepost.publishing.domain.SandboxPostRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default publisher, and the only one in demo mode: keeps what would have been sent, one row per
 * idempotency key, so the published register shows it and nothing leaves the school.
 */
public final class SandboxPublisher implements Publisher {

    private final SandboxPostRepository posts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SandboxPublisher(SandboxPostRepository posts, TransactionTemplate transaction, Clock clock) {
        this.posts = posts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Sent publish(Outgoing post, String secret) {
        return transaction.execute(status -> {
            var kept = posts.findByIdempotencyKey(post.idempotencyKey())
                    .orElseGet(() -> posts.save(new SandboxPost(
                            post.idempotencyKey(),
                            post.account().value(),
                            post.handle(),
                            post.platform(),
                            post.text(),
                            post.photos().stream().map(Outgoing.Photo::altText).collect(Collectors.joining("\n")),
                            clock.instant())));
            return sent(kept);
        });
    }

    @Override
    public Optional<Sent> find(Outgoing post, String secret) {
        return transaction.execute(
                status -> posts.findByIdempotencyKey(post.idempotencyKey()).map(SandboxPublisher::sent));
    }

    @Override
    public void delete(Outgoing post, String postId, String secret) {
        transaction.executeWithoutResult(
                status -> posts.findById(UUID.fromString(postId.substring("sandbox-".length())))
                        .ifPresent(p -> p.delete(clock.instant())));
    }

    private static Sent sent(SandboxPost post) {
        return new Sent("sandbox-" + post.getId(), "sandbox:" + post.getHandle() + "/" + post.getId());
    }
}
