package app.safepost.accounts;

/**
 * What the policy checks of a post need to know about its account for the signed-in person: their
 * right to it now, and the Computing Lead's guidance in force for it.
 */
public record PostingTerms(PostingRight right, PostingGuidance guidance) {

    public AccountSummary account() {
        return right.account();
    }
}
