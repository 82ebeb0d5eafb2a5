package app.safepost.accounts.ui;

import app.safepost.accounts.TripDelegationStatus;
import app.safepost.accounts.TripDelegationSummary;
import app.safepost.accounts.TripDelegations;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.Notices;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/** Trip delegations with who granted them, their status, their history and, while they may still run, Revoke. */
class TripDelegationGrid extends Grid<TripDelegationSummary> {

    private final TripDelegations delegations;
    private final Map<String, String> names;
    private final Runnable changed;
    private final boolean mayReadAuditTrail = SignedInStaff.current()
            .map(s -> s.hasRole(Roles.SLT) || s.hasRole(Roles.GOVERNOR))
            .orElse(false);

    TripDelegationGrid(
            String id, String label, TripDelegations delegations, Map<String, String> names, Runnable changed) {
        super(TripDelegationSummary.class, false);
        this.delegations = delegations;
        this.names = names;
        this.changed = changed;
        setId(id);
        setAriaLabel(label);
        addColumn(TripDelegationSummary::delegateName)
                .setHeader("Senior teacher")
                .setAutoWidth(true);
        addColumn(TripDelegationSummary::tripName).setHeader("Trip").setAutoWidth(true);
        addColumn(TripDelegationSummary::accountHandle).setHeader("Account").setAutoWidth(true);
        addColumn(d -> SchoolTime.dateTime(d.startsAt())).setHeader("From").setAutoWidth(true);
        addColumn(d -> SchoolTime.dateTime(d.endsAt())).setHeader("Until").setAutoWidth(true);
        addColumn(TripDelegationSummary::reason).setHeader("Reason").setFlexGrow(1);
        addColumn(d -> names.getOrDefault(d.grantedBy(), d.grantedBy()) + ", " + SchoolTime.dateTime(d.grantedAt()))
                .setHeader("Granted by")
                .setAutoWidth(true);
        addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        setHeight("16em");
        setEmptyStateText("None");
    }

    /** Reads the delegations with these statuses a page at a time. */
    void show(TripDelegations.Shown shown) {
        setItemsPageable(page -> delegations.page(shown, page).getContent(), page -> delegations.count(shown));
    }

    /** The status, and for those who read the audit trail a link to the delegation's history. */
    private Component status(TripDelegationSummary d) {
        var status = new Span(state(d));
        if (!mayReadAuditTrail) {
            return status;
        }
        var history = new Anchor(delegations.historyLink(d.id()), "History");
        history.getElement().setAttribute("aria-label", "History of " + d.tripName() + " in the audit trail");
        history.addClassName("history-link");
        var cell = new Div(status, new Text(" "), history);
        return cell;
    }

    private String state(TripDelegationSummary d) {
        return switch (d.status()) {
            case REVOKED ->
                "Revoked by " + names.getOrDefault(d.revokedBy(), d.revokedBy()) + ", "
                        + SchoolTime.dateTime(d.revokedAt());
            case ENDED -> "Ended; review the posts made under it";
            default -> d.status().label();
        };
    }

    private Component revokeButton(TripDelegationSummary d) {
        if (d.status() != TripDelegationStatus.CURRENT && d.status() != TripDelegationStatus.UPCOMING) {
            return new Span();
        }
        var revoke = new Button("Revoke", e -> {
            delegations.revoke(d.id());
            Notices.done("Delegation for " + d.tripName() + " revoked.");
            changed.run();
        });
        revoke.setAriaLabel("Revoke " + d.delegateName() + "'s delegation for " + d.tripName());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }
}
