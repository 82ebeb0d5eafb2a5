package app.safepost.pupils;

/** What an import does to one pupil. */
public enum RosterOutcome {
    NEW("New"),
    CHANGED("Changed"),
    UNCHANGED("Unchanged"),
    ARCHIVED("Archived");

    private final String label;

    RosterOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
