package app.safepost.drafting;

/** When a draft's check was run and stored. */
public enum CheckOccasion {
    SAVE("Saved"),
    SUBMISSION("Submitted"),
    APPROVAL("Approval");

    private final String label;

    CheckOccasion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
