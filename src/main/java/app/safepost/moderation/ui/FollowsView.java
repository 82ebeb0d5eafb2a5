package app.safepost.moderation.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.moderation.FollowExceptionStatus;
import app.safepost.moderation.FollowExceptionSummary;
import app.safepost.moderation.FollowExceptions;
import app.safepost.moderation.FollowKind;
import app.safepost.moderation.ModerationRefused;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/**
 * Follow exceptions (P9): the school's accounts follow nobody unless SLT approve. Staff ask here with
 * a justification; SLT decide with a reason; everyone can review what is followed, who approved it and why.
 */
@Route("follows")
@PageTitle("Follow requests · Safepost")
@Menu(title = "Follow requests", order = 41)
@PermitAll
public class FollowsView extends Main {

    private final FollowExceptions follows;
    private final boolean slt;
    private final Grid<FollowExceptionSummary> waiting = grid("waiting-follows", "Waiting for a decision");
    private final Grid<FollowExceptionSummary> followed = grid("followed-accounts", "Accounts the school follows");
    private final Grid<FollowExceptionSummary> past = grid("past-follows", "Refused and ended requests");
    private final TextArea decisionReason = TextLimits.atMost(2000, new TextArea("Reason for the decision"));
    private final FieldErrors decisionErrors = new FieldErrors();

    FollowsView(FollowExceptions follows, SocialAccounts accounts) {
        this.follows = follows;
        var staff = SignedInStaff.current().orElseThrow();
        this.slt = staff.hasRole(Roles.SLT);
        addClassName("screen");
        add(
                new H2("Follow requests"),
                new Paragraph("The school's accounts follow nobody, except case by case:"
                        + " children's authors and educational accounts. Ask here and say why; senior leaders decide, and the"
                        + " list is re-confirmed at the policy's annual review."));
        if (!staff.hasRole(Roles.GOVERNOR) || staff.roles().size() > 1) {
            add(requestForm(accounts));
        }
        if (slt) {
            decisionReason.setId("follow-decision-reason");
            decisionReason.setWidthFull();
            decisionReason.setHelperText("Kept with the decision; the list shows it to everyone.");
            decisionErrors.put("reason", decisionReason);
            add(new H3("Waiting for a decision"), decisionReason, waiting);
        } else {
            add(new H3("Waiting for a decision"), waiting);
        }
        add(new H3("Followed"), followed, new H3("Refused or ended"), past);
        refresh();
    }

    private Div requestForm(SocialAccounts accounts) {
        var account = accountSelect(accounts);
        var handle = TextLimits.atMost(200, new TextField("Account to follow"));
        handle.setId("follow-handle");
        var kind = new Select<FollowKind>();
        kind.setLabel("Kind");
        kind.setId("follow-kind");
        kind.setItems(FollowKind.values());
        kind.setItemLabelGenerator(FollowKind::label);
        var justification = TextLimits.atMost(2000, new TextArea("Why the school should follow it"));
        justification.setId("follow-justification");
        var errors = new FieldErrors()
                .put("account", account)
                .put("handle", handle)
                .put("kind", kind)
                .put("justification", justification);
        var ask = new Button("Ask to follow", e -> {
            errors.clear();
            try {
                var asked = follows.request(
                        account.getValue() == null ? null : account.getValue().id(),
                        handle.getValue(),
                        kind.getValue(),
                        justification.getValue());
                Notices.done("Request to follow " + asked.handle() + " sent to the senior leadership team.");
                handle.clear();
                justification.clear();
                refresh();
            } catch (ModerationRefused refused) {
                errors.show(refused);
            }
        });
        ask.setId("request-follow");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(account, handle, kind, justification);
        form.setColspan(justification, 2);
        return new Div(new H3("Ask to follow an account"), form, ask);
    }

    private static Select<AccountSummary> accountSelect(SocialAccounts accounts) {
        var account = new Select<AccountSummary>();
        account.setLabel("School account");
        account.setId("follow-account");
        account.setItems(accounts.all());
        account.setItemLabelGenerator(AccountSummary::handle);
        return account;
    }

    private Grid<FollowExceptionSummary> grid(String id, String label) {
        var grid = new Grid<>(FollowExceptionSummary.class, false);
        grid.setId(id);
        grid.setAriaLabel(label);
        grid.addColumn(FollowExceptionSummary::handle).setHeader("Account").setAutoWidth(true);
        grid.addColumn(f -> f.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::accountHandle)
                .setHeader("Followed by")
                .setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::justification).setHeader("Why").setFlexGrow(1);
        grid.addColumn(f -> f.requestedByName() + ", "
                        + SchoolTime.date(
                                f.requestedAt().atZone(SchoolTime.ZONE).toLocalDate()))
                .setHeader("Asked by")
                .setAutoWidth(true);
        grid.addColumn(this::decision).setHeader("Decision").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("16em");
        grid.setEmptyStateText("None");
        return grid;
    }

    private String decision(FollowExceptionSummary f) {
        if (f.decidedBy() == null) {
            return f.status().label();
        }
        return f.status().label() + ": " + f.decidedByName() + ", " + SchoolTime.dateTime(f.decidedAt()) + " — "
                + f.decisionReason();
    }

    private Component actions(FollowExceptionSummary f) {
        if (!slt) {
            return new Span();
        }
        if (f.status() == FollowExceptionStatus.REQUESTED) {
            var approve = new Button(
                    "Approve",
                    e -> decide(
                            () -> follows.decide(f.id(), true, decisionReason.getValue()),
                            "The school now follows " + f.handle() + "."));
            approve.setAriaLabel("Approve following " + f.handle());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            var refuse = new Button(
                    "Refuse",
                    e -> decide(() -> follows.decide(f.id(), false, decisionReason.getValue()), "Request refused."));
            refuse.setAriaLabel("Refuse following " + f.handle());
            refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new Div(approve, refuse);
        }
        if (f.status() == FollowExceptionStatus.APPROVED) {
            var end = new Button(
                    "Stop following",
                    e -> decide(
                            () -> follows.end(f.id(), decisionReason.getValue()),
                            "The school no longer follows " + f.handle() + "."));
            end.setAriaLabel("Stop following " + f.handle());
            end.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return end;
        }
        return new Span();
    }

    private void decide(Runnable decision, String message) {
        decisionErrors.clear();
        try {
            decision.run();
            Notices.done(message);
            decisionReason.clear();
            refresh();
        } catch (ModerationRefused refused) {
            decisionErrors.show(refused);
        }
    }

    private void refresh() {
        show(waiting, Set.of(FollowExceptionStatus.REQUESTED));
        show(followed, Set.of(FollowExceptionStatus.APPROVED));
        show(past, Set.of(FollowExceptionStatus.REFUSED, FollowExceptionStatus.ENDED));
    }

    private void show(Grid<FollowExceptionSummary> grid, Set<FollowExceptionStatus> statuses) {
        grid.setItemsPageable(page -> follows.page(statuses, page).getContent(), page -> follows.count(statuses));
    }
}
