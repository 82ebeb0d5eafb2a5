package app.safepost.drafting;

import app.safepost.accounts.AccountId;

/** The account named does not exist: the API answers 404. */
public class UnknownAccount extends RuntimeException {

    public UnknownAccount(AccountId id) {
        super("No account " + id + ".");
    }
}
