package app.safepost.media;

import java.util.List;

/**
 * What the portal found in a photo after taking it in, off the request thread: the faces, and whether
 * text was read. {@code state} is {@link State#PENDING} until the analysis finished on some instance.
 */
public record PhotoAnalysis(State state, List<PhotoFace> faces, Step step) {

    public PhotoAnalysis {
        faces = List.copyOf(faces);
    }

    public enum State {
        /** Waiting for, or in, the analysis. */
        PENDING("pending"),
        DONE("done"),
        /** The server has no face detector, or the analysis failed three times: nothing was found. */
        FAILED("failed");

        private final String apiName;

        State(String apiName) {
            this.apiName = apiName;
        }

        public String apiName() {
            return apiName;
        }
    }

    /** How far a pending analysis has come, for a progress bar. */
    public enum Step {
        QUEUED,
        FACES,
        TEXT,
        FINISHED
    }

    public boolean done() {
        return state == State.DONE;
    }
}
