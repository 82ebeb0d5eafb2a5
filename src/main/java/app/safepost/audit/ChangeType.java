package app.safepost.audit;

/** The kind of change a revision made to a record; {@link #apiName()} is the API's word for it. */
public enum ChangeType {
    ADDED("add"),
    MODIFIED("mod"),
    DELETED("del");

    private final String apiName;

    ChangeType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
