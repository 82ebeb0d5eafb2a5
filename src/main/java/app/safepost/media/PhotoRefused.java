package app.safepost.media;

/**
 * A file the portal will not take in as a photo, with a message for the person who sent it. Nothing
 * is stored when this is thrown.
 */
public class PhotoRefused extends RuntimeException {

    /** What kind of refusal, and the HTTP status the API answers with. */
    public enum Kind {
        /** Not a photo type the portal accepts (GIF, PDF, SVG, HTML, …). */
        UNSUPPORTED_TYPE(415),
        /** A photo type the portal accepts, but broken, disguised or over the pixel limit. */
        UNPROCESSABLE(422),
        /** Over the size limit. */
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;

    public PhotoRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
