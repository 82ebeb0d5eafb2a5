package app.safepost.pupils;

/** What an import does to one pupil. */
public enum RosterChangeKind {
    NEW("New"),
    CHANGED("Changed"),
    UNCHANGED("Unchanged"),
    ARCHIVED("Archived");

    private final String label;

    RosterChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
