package app.safepost.publishing.platforms;

/** The platform's API, on the school's tier, does not offer this; the message says what to do by hand. */
public class NotOffered extends RuntimeException {

    public NotOffered(String message) {
        super(message);
    }
}
