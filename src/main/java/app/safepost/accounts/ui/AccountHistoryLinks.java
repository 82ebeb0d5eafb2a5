package app.safepost.accounts.ui;

import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.PostingRight;
import app.safepost.accounts.SocialAccounts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The Accounts screen's Audit trail cell: the account's own history, and its credential's once it has had one. */
final class AccountHistoryLinks {

    private AccountHistoryLinks() {}

    static HorizontalLayout of(PostingRight right, SocialAccounts accounts, HeldCredentials credentials) {
        var handle = right.account().handle();
        var account = new Anchor(accounts.historyLink(right.account().id()), "History");
        account.getElement().setAttribute("aria-label", "History of " + handle + " in the audit trail");
        account.addClassName("account-history");
        var links = new HorizontalLayout(account);
        credentials.historyLink(right.account().id()).ifPresent(link -> {
            var credential = new Anchor(link, "Credential");
            credential
                    .getElement()
                    .setAttribute("aria-label", "History of the credential of " + handle + " in the audit trail");
            links.add(credential);
        });
        return links;
    }
}
