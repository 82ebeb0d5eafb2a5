package app.safepost.pupils;

/** Where an image-consent decision came from (P14: the GDPR form is the usual source). */
public enum ConsentSource {
    GDPR_FORM("GDPR form"),
    PARENT_REQUEST("Parent request"),
    MIS_IMPORT("MIS import");

    private final String label;

    ConsentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
