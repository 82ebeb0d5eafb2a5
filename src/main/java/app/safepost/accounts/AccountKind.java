package app.safepost.accounts;

/** A class account belongs to one class (P4); the whole-school account is SLT's (P1). */
public enum AccountKind {
    CLASS("class", "class-social"),
    WHOLE_SCHOOL("whole-school", "school-social");

    private final String apiName;
    private final String usualPurpose;

    AccountKind(String apiName, String usualPurpose) {
        this.apiName = apiName;
        this.usualPurpose = usualPurpose;
    }

    public String apiName() {
        return apiName;
    }

    /** The consent purpose a new account of this kind needs; SLT may choose another. */
    public String usualPurpose() {
        return usualPurpose;
    }
}
