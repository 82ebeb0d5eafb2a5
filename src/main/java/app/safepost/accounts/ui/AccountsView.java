package app.safepost.accounts.ui;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.CredentialStatus;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.PostingRight;
import app.safepost.accounts.PostingRights;
import app.safepost.accounts.SocialAccounts;
import app.safepost.accounts.TripDelegations;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.Notices;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The accounts the signed-in person may post to now, and what they may do there (P1, P2, P4). SLT
 * also connect, rotate and disconnect each account's credential here (P6); nobody ever sees it.
 */
@Route("accounts")
@PageTitle("Accounts · Safepost")
@Menu(title = "Accounts", order = 10)
@RolesAllowed({Roles.TEACHER, Roles.TEACHING_ASSISTANT, Roles.SLT})
public class AccountsView extends Main {

    private final PostingRights rights;
    private final HeldCredentials credentials;
    private final SocialAccounts accounts;
    private final Map<String, String> names;
    private final boolean managesCredentials;
    private final Grid<PostingRight> grid = new Grid<>(PostingRight.class, false);
    private final Paragraph none = new Paragraph("You may not post to any of the school's accounts.");

    AccountsView(
            PostingRights rights,
            HeldCredentials credentials,
            TripDelegations delegations,
            SchoolDirectory directory,
            SocialAccounts accounts,
            ConsentPurposes purposes) {
        this.rights = rights;
        this.credentials = credentials;
        this.accounts = accounts;
        this.names =
                directory.staff().stream().collect(Collectors.toMap(StaffSummary::username, StaffSummary::displayName));
        this.managesCredentials = SignedInStaff.current().orElseThrow().hasRole(Roles.SLT);
        addClassName("screen");
        add(new H2("Accounts you may post to"));
        add(new Paragraph("Class teachers and teaching assistants draft for their class's account. Only the"
                + " senior leadership team publish, and only they post to the whole-school account, except a"
                + " senior teacher they have named for a school trip."));
        tripNotices(delegations);
        configureGrid(credentials, accounts);
        add(grid, none);
        if (managesCredentials) {
            add(new AccountPurposesSection(accounts, purposes), new MastodonServersSection(accounts));
        }
        refresh();
    }

    private void configureGrid(HeldCredentials credentials, SocialAccounts accounts) {
        grid.setId("my-accounts");
        grid.setAriaLabel("Accounts you may post to");
        grid.setEmptyStateText("None yet");
        grid.addColumn(r -> r.account().handle())
                .setHeader("Account")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.account().isWholeSchool()
                        ? "Whole-school account"
                        : "Class account, " + r.account().className())
                .setHeader("Kind")
                .setAutoWidth(true);
        grid.addColumn(r -> platformName(r))
                .setHeader("Platform")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AccountsView::mayDo).setHeader("You may").setAutoWidth(true);
        grid.addColumn(r -> connection(credentials.statusOf(r.account().id())))
                .setHeader("Connection")
                .setFlexGrow(1);
        if (managesCredentials) {
            grid.addComponentColumn(this::credentialActions)
                    .setHeader("Credential")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addComponentColumn(r -> AccountHistoryLinks.of(r, accounts, credentials))
                    .setHeader("Audit trail")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
    }

    /** A teacher named for a school trip reads which account they run, and for how long. */
    private void tripNotices(TripDelegations delegations) {
        for (var trip : delegations.mine()) {
            var notice = new Div(new Paragraph(
                    switch (trip.status()) {
                        case CURRENT ->
                            "You are running " + trip.accountHandle() + " for " + trip.tripName() + " until "
                                    + SchoolTime.dateTime(trip.endsAt())
                                    + ". Posts you make there are marked for the senior"
                                    + " leadership team to review after the trip.";
                        default ->
                            "You will run " + trip.accountHandle() + " for " + trip.tripName() + " from "
                                    + SchoolTime.dateTime(trip.startsAt()) + " to " + SchoolTime.dateTime(trip.endsAt())
                                    + ".";
                    }));
            notice.addClassName("trip-notice");
            add(notice);
        }
    }

    private void refresh() {
        var accounts = rights.accountsOfSignedInStaff();
        grid.setItems(accounts);
        grid.setVisible(!accounts.isEmpty());
        none.setVisible(accounts.isEmpty());
    }

    static String mayDo(PostingRight right) {
        if (right.delegation() != null) {
            return "Draft and publish (trip delegation)";
        }
        return right.mayPublish() ? "Draft and publish" : "Draft";
    }

    private static String platformName(PostingRight right) {
        return right.account().platform().label();
    }

    private String connection(CredentialStatus status) {
        if (!status.connected()) {
            return "Not connected";
        }
        var text = "Connected since " + SchoolTime.dateTime(status.connectedAt()) + " by " + name(status.connectedBy());
        if (status.rotatedAt() != null) {
            text += "; renewed " + SchoolTime.dateTime(status.rotatedAt()) + " by " + name(status.rotatedBy());
        }
        return text;
    }

    private String name(String username) {
        return names.getOrDefault(username, username);
    }

    private HorizontalLayout credentialActions(PostingRight right) {
        var account = right.account();
        var connected = credentials.statusOf(account.id()).connected();
        var actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (!connected) {
            var connect = new Button(
                    "Connect",
                    e -> new CredentialDialog(credentials, account.id(), account.handle(), false, this::refresh)
                            .open());
            connect.setAriaLabel("Connect " + account.handle());
            actions.add(connect);
        } else {
            var rotate = new Button(
                    "Replace",
                    e -> new CredentialDialog(credentials, account.id(), account.handle(), true, this::refresh).open());
            rotate.setAriaLabel("Replace the credential of " + account.handle());
            var disconnect = new Button("Disconnect", e -> confirmDisconnect(account.id(), account.handle()));
            disconnect.setAriaLabel("Disconnect " + account.handle());
            disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(rotate, disconnect);
        }
        var history = credentials.history(account.id());
        if (!history.isEmpty()) {
            var show = new Button(
                    "History", e -> new CredentialHistoryDialog(account.handle(), history, this::name).open());
            show.setAriaLabel("History of the credential of " + account.handle());
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(show);
        }
        return actions;
    }

    private void confirmDisconnect(AccountId account, String handle) {
        var confirm = new ConfirmDialog(
                "Disconnect " + handle + "?",
                "The portal forgets this account's credential and cannot post there until it is connected again.",
                "Disconnect",
                e -> {
                    credentials.disconnect(account);
                    refresh();
                    Notices.done(handle + " disconnected.");
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.open();
    }
}
