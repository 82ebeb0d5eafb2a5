package app.safepost.publishing.domain;

import app.safepost.publishing.TakedownRefused;
import org.springframework.stereotype.Component;

/** Deletes a published post where it was published: the sandbox or the platform. */
@Component
public class Takedowns {

    /** Throws {@link TakedownRefused} if the post could not be deleted. */
    public void deleteFromPlatform(Publication publication) {
        throw new TakedownRefused("post", "Taking a post down is not available yet.");
    }
}
