package app.safepost.accounts.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.RefusedChange;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.ui.Notices;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.PurposeSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;

/**
 * SLT choose the consent purpose each account's photos need (P14): a pupil appears uncovered on the
 * account only with a yes for it. Class accounts need class-social and whole-school accounts
 * school-social unless chosen otherwise.
 */
class AccountPurposesSection extends Div {

    private final SocialAccounts accounts;
    private final List<PurposeSummary> purposes;
    private final Grid<AccountSummary> grid = new Grid<>(AccountSummary.class, false);

    AccountPurposesSection(SocialAccounts accounts, ConsentPurposes consentPurposes) {
        this.accounts = accounts;
        this.purposes = consentPurposes.active();
        setId("account-purposes");
        add(
                new H3("Photo consent each account needs"),
                new Paragraph("A pupil appears uncovered in an account's photos only if their parents said yes to"
                        + " this purpose and it has not expired."));
        grid.setId("account-purposes-grid");
        grid.setAriaLabel("Photo consent each account needs");
        grid.addColumn(AccountSummary::handle)
                .setHeader("Account")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::purposeOf).setHeader("Consent purpose").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setItems(accounts.all());
        add(grid);
    }

    private Select<PurposeSummary> purposeOf(AccountSummary account) {
        var select = new Select<PurposeSummary>();
        select.setItems(purposes);
        select.setItemLabelGenerator(p -> p.name() + " (" + p.code() + ")");
        select.setAriaLabel("Consent purpose of " + account.handle());
        select.setWidthFull();
        purposes.stream()
                .filter(p -> p.code().equals(account.purpose()))
                .findFirst()
                .ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            try {
                accounts.needPurpose(account.id(), e.getValue().code());
                Notices.done(account.handle() + " now needs consent for "
                        + e.getValue().name() + ".");
            } catch (RefusedChange refused) {
                select.setErrorMessage(refused.errors().getOrDefault("purpose", refused.getMessage()));
                select.setInvalid(true);
            }
        });
        return select;
    }
}
