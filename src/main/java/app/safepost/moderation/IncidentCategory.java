package app.safepost.moderation;

/** The kinds of inappropriate content the policy names (P10), and "other". */
public enum IncidentCategory {
    OFFENSIVE_LANGUAGE("Offensive language"),
    UNSUITABLE_IMAGES("Unsuitable images"),
    COPYRIGHT_INFRINGEMENT("Copyright infringement"),
    UNDERMINING_THE_SCHOOL("Comments undermining the school"),
    OTHER("Other");

    private final String label;

    IncidentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
