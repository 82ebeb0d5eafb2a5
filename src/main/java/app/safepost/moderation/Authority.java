package app.safepost.moderation;

/** Who a serious incident is escalated to. */
public enum Authority {
    POLICE("Police"),
    LADO("Local authority designated officer (LADO)"),
    CEOP("CEOP"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    OTHER("Other authority");

    private final String label;

    Authority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
