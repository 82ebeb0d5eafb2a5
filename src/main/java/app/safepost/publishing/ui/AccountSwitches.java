package app.safepost.publishing.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.RefusedChange;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.ui.Notices;
import app.safepost.publishing.PlatformSwitch;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** SLT choose per account whether its posts go to the platform or are kept in the sandbox (practice mode). */
class AccountSwitches extends Details {

    AccountSwitches(SocialAccounts accounts, PlatformSwitch platformSwitch) {
        super("Where each account's posts go");
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("account-switches");
        var live = platformSwitch.liveAccounts();
        for (AccountSummary account : accounts.all()) {
            var box = new Checkbox("Send " + account.handle() + "'s posts to the platform");
            box.setManualValidation(true);
            box.setValue(live.contains(account.id()));
            box.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                box.setInvalid(false);
                try {
                    platformSwitch.switchTo(account.id(), e.getValue());
                    Notices.done(account.handle()
                            + (e.getValue()
                                    ? " now posts to the platform."
                                    : " is in practice mode: its posts are kept here, not sent."));
                } catch (RefusedChange refused) {
                    box.setErrorMessage(refused.errors().getOrDefault("live", refused.getMessage()));
                    box.setInvalid(true);
                    box.setValue(e.getOldValue());
                }
            });
            list.add(box);
        }
        add(list);
        setId("where-posts-go");
    }
}
