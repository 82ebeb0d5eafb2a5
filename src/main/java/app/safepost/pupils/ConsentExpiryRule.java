package app.safepost.pupils;

/** How long a yes holds unless the form or the roster says otherwise: the school's choice. */
public enum ConsentExpiryRule {
    END_OF_SCHOOL_YEAR("Until the end of the school year (31 August)"),
    YEARS("For a number of years"),
    UNTIL_LEAVES("Until the pupil leaves the school");

    private final String label;

    ConsentExpiryRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
