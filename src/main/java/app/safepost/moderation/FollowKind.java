package app.safepost.moderation;

/** The kinds of account the school may follow by exception (P9). */
public enum FollowKind {
    CHILDRENS_AUTHOR("Children's author"),
    EDUCATIONAL("Educational account"),
    OTHER("Other");

    private final String label;

    FollowKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
