package app.safepost.publishing.platforms;

import java.util.Optional;

/**
 * Sends posts to one platform (or the sandbox). Every method throws {@link PublishFailure} when the
 * platform does not answer as hoped, saying whether trying again later could help.
 */
public interface Publisher {

    /** Sends the post; the platform's id and public address of what it made. */
    Sent publish(Outgoing post, String secret);

    /**
     * Asks the platform whether this post (by its idempotency key, record key or text) is already
     * there: an earlier attempt may have reached it without the portal recording so.
     */
    Optional<Sent> find(Outgoing post, String secret);

    /** Deletes a published post; a post already gone counts as deleted. */
    void delete(Outgoing post, String platformPostId, String secret);
}
