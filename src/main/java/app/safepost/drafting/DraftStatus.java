package app.safepost.drafting;

/** Where a draft is on its way to the platform; the API names are those of the JSON API. */
public enum DraftStatus {
    DRAFT("draft", "Draft"),
    SUBMITTED("submitted", "Waiting for approval"),
    APPROVED("approved", "Approved"),
    REJECTED("rejected", "Sent back"),
    SCHEDULED("scheduled", "Scheduled"),
    PUBLISHED("published", "Published"),
    WITHDRAWN("withdrawn", "Withdrawn");

    private final String apiName;
    private final String label;

    DraftStatus(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    /** The author may still change the draft: it is theirs, or it was sent back to them. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    /** Approved but not sent yet: the author may still change it, which sends it back to review. */
    public boolean approvedNotSent() {
        return this == APPROVED || this == SCHEDULED;
    }
}
