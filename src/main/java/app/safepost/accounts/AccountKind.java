package app.safepost.accounts;

/** A class account belongs to one class (P4); the whole-school account is SLT's (P1). */
public enum AccountKind {
    CLASS("class"), WHOLE_SCHOOL("whole-school");

    private final String apiName;

    AccountKind(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
