package app.safepost.trust.ui;

import app.safepost.common.SchoolTime;
import app.safepost.security.Roles;
import app.safepost.security.SchoolSwitch;
import app.safepost.security.SignedInStaff;
import app.safepost.trust.SchoolFigures;
import app.safepost.trust.TrustOverview;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.function.ToLongFunction;

/**
 * The trust's overview: one row per school with what waits there, what is open and overdue, and its
 * latest integrity check; from a row, the trust's team reads that school's incidents, policies or audit
 * trail (the school is put in hand, as the header's picker does). Numbers only: no pupil, no post.
 */
@Route("trust")
@PageTitle("Trust schools · Safepost")
@Menu(title = "Trust schools", order = -10)
@RolesAllowed({Roles.TRUST_LEADER, Roles.TRUST_DPO})
public class TrustView extends Main {

    static final String NEVER_CHECKED = "Never checked";

    private final SchoolSwitch schoolSwitch;
    private final Grid<SchoolFigures> grid = new Grid<>(SchoolFigures.class, false);

    TrustView(TrustOverview overview, SchoolSwitch schoolSwitch) {
        this.schoolSwitch = schoolSwitch;
        addClassName("screen");
        add(
                new H2("The trust's schools"),
                new Paragraph("What waits and what is overdue in each school, as it"
                        + " stands now. Open a school's incidents, policies or audit trail to read them; pupils' names are"
                        + " masked for the trust's team, as for governors."));
        if (SignedInStaff.current()
                .map(staff -> staff.hasRole(Roles.TRUST_LEADER))
                .orElse(false)) {
            var add = new RouterLink("Add a school to the trust", AddSchoolView.class);
            add.setId("add-school-link");
            add(new Paragraph(add));
        }
        configureGrid(overview);
        add(
                grid,
                new Paragraph("Consents expiring: photo consents that end in the next 30 days. Failed posts:"
                        + " approved posts the platform never took."));
    }

    private void configureGrid(TrustOverview overview) {
        grid.setId("trust-schools");
        grid.setAriaLabel("The trust's schools");
        grid.setEmptyStateText("The trust has no schools yet.");
        grid.addColumn(f -> f.name() + (f.urn() == null ? "" : " (URN " + f.urn() + ")"))
                .setHeader("School")
                .setAutoWidth(true)
                .setFrozen(true);
        number("Drafts waiting", SchoolFigures::draftsWaiting);
        grid.addColumn(f -> f.oldestWaitingSince() == null
                        ? "None waiting"
                        : "Since " + SchoolTime.dateTime(f.oldestWaitingSince()))
                .setHeader("Oldest wait")
                .setAutoWidth(true);
        number("Incidents open", SchoolFigures::incidentsOpen);
        number("Serious", SchoolFigures::incidentsSerious);
        grid.addColumn(TrustView::reviews).setHeader("Policy reviews").setAutoWidth(true);
        number("Consents expiring", SchoolFigures::consentsExpiring);
        number("Failed posts", SchoolFigures::failedPublications);
        grid.addColumn(TrustView::integrity).setHeader("Integrity check").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Read").setAutoWidth(true);
        grid.setHeight("70vh");
        grid.setItemsPageable(page -> overview.schools(page).getContent(), page -> overview.schoolCount());
    }

    private void number(String header, ToLongFunction<SchoolFigures> figure) {
        grid.addColumn(f -> figure.applyAsLong(f))
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    /** "1 overdue, 1 due soon", or "None due". */
    static String reviews(SchoolFigures figures) {
        if (figures.policyReviewsOverdue() == 0 && figures.policyReviewsDue() == 0) {
            return "None due";
        }
        var parts = new ArrayList<String>();
        if (figures.policyReviewsOverdue() > 0) {
            parts.add(figures.policyReviewsOverdue() + " overdue");
        }
        if (figures.policyReviewsDue() > 0) {
            parts.add(figures.policyReviewsDue() + " due soon");
        }
        return String.join(", ", parts);
    }

    static String integrity(SchoolFigures figures) {
        var check = figures.integrity();
        if (check == null) {
            return NEVER_CHECKED;
        }
        return (check.intact() ? "Intact" : "Altered") + " (" + SchoolTime.dateTime(check.checkedAt()) + ")";
    }

    /** Links to the school's own screens, in that school. */
    private Div actions(SchoolFigures figures) {
        var links = new Div(
                open(figures, "Incidents", "incidents"),
                open(figures, "Policies", "policies"),
                open(figures, "Audit trail", "audit"));
        links.addClassName("trust-school-links");
        return links;
    }

    private Button open(SchoolFigures figures, String label, String route) {
        var button = new Button(label, e -> {
            schoolSwitch.choose(figures.school());
            // A full load, as the header's picker does: nothing drawn for another school stays.
            UI.getCurrent().getPage().setLocation(route);
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label + " of " + figures.name());
        return button;
    }
}
