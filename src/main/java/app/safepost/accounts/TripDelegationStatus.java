package app.safepost.accounts;

/** Where a trip delegation stands at a moment. */
public enum TripDelegationStatus {
    UPCOMING("Upcoming"),
    CURRENT("Current"),
    ENDED("Ended"),
    REVOKED("Revoked");

    private final String label;

    TripDelegationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
