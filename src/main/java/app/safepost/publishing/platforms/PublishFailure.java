package app.safepost.publishing.platforms;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The platform did not take the request. Permanent: trying again would not help (credentials
 * refused, the post invalid); otherwise the portal retries, not before {@link #notBefore()} if the
 * platform said when.
 */
public class PublishFailure extends RuntimeException {

    private final boolean permanent;
    private final @Nullable Instant notBefore;
    private final int status;

    private PublishFailure(String message, boolean permanent, @Nullable Instant notBefore, int status) {
        super(message);
        this.permanent = permanent;
        this.notBefore = notBefore;
        this.status = status;
    }

    public static PublishFailure permanent(String message, int status) {
        return new PublishFailure(message, true, null, status);
    }

    public static PublishFailure transientFailure(String message, @Nullable Instant notBefore, int status) {
        return new PublishFailure(message, false, notBefore, status);
    }

    public boolean permanent() {
        return permanent;
    }

    public @Nullable Instant notBefore() {
        return notBefore;
    }

    /** The HTTP status, 0 when no answer came. */
    public int status() {
        return status;
    }
}
