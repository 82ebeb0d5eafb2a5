package app.safepost.moderation;

/** Where an incident is: reported and waiting for SLT, being handled, or closed with an outcome. */
public enum IncidentStatus {
    REPORTED("Reported"),
    IN_HAND("Being handled"),
    CLOSED("Closed");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
