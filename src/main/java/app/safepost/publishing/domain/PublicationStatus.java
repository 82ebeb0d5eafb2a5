package app.safepost.publishing.domain;

/** Where an outbox entry is: the register shows the name, the database keeps the constant. */
public enum PublicationStatus {
    SCHEDULED("scheduled"),
    SENDING("sending"),
    PUBLISHED("published"),
    FAILED("failed"),
    WITHDRAWN("withdrawn"),
    TAKEN_DOWN("taken-down"),
    /** Tried before, and the platform would not say whether it is there: waits for SLT to look and confirm. */
    UNCHECKED("unchecked");

    private final String apiName;

    PublicationStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Nothing has gone to the platform, so the entry may still be replaced or withdrawn. */
    public boolean notSent() {
        return this == SCHEDULED || this == WITHDRAWN || this == FAILED;
    }
}
