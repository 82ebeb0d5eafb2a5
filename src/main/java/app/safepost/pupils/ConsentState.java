package app.safepost.pupils;

/** Where a pupil stands for one purpose on one day. Expired and not asked count as no. */
public enum ConsentState {
    YES("yes", "Yes"),
    NO("no", "No"),
    NOT_ASKED("not-asked", "Not asked"),
    EXPIRED("expired", "Expired");

    private final String apiName;
    private final String label;

    ConsentState(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public boolean allows() {
        return this == YES;
    }
}
