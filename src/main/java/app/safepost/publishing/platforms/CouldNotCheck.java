package app.safepost.publishing.platforms;

/**
 * The platform would not say whether a post is already there: X's API plan refuses the timeline
 * look-up made before a resend. Not a broken credential, and no reason to resend blindly: SLT look
 * on the platform and confirm.
 */
public class CouldNotCheck extends RuntimeException {

    public CouldNotCheck(String message) {
        super(message);
    }
}
