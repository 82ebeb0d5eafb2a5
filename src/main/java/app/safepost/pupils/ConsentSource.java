package app.safepost.pupils;

/** Where an image-consent decision came from (P14: the school's paper form is the usual source). */
public enum ConsentSource {
    GDPR_FORM("Paper form", "paper-form"),
    PARENT_REQUEST("Parent request", "parent-request"),
    MIS_IMPORT("MIS import", "mis-import"),
    ONLINE_FORM("Online form", "online-form");

    private final String label;
    private final String apiName;

    ConsentSource(String label, String apiName) {
        this.label = label;
        this.apiName = apiName;
    }

    public String label() {
        return label;
    }

    public String apiName() {
        return apiName;
    }
}
