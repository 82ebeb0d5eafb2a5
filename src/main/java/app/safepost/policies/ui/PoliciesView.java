package app.safepost.policies.ui;

import app.safepost.common.SchoolTime;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicySummary;
import app.safepost.policies.ReviewState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** The policy library (P17): every policy, its version in force, its review date and what it is read with. */
@Route("policies")
@PageTitle("Policies · Safepost")
@Menu(title = "Policies", order = 80)
@PermitAll
public class PoliciesView extends Main {

    PoliciesView(PolicyLibrary library, Clock clock) {
        addClassName("screen");
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var grid = new Grid<PolicySummary>();
        grid.setId("policy-library");
        grid.setAriaLabel("The school's policies");
        grid.setEmptyStateText("No policies yet.");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> new RouterLink(
                        p.title(),
                        PolicyView.class,
                        new RouteParameters("id", p.id().value().toString())))
                .setHeader("Policy")
                .setFlexGrow(2);
        grid.addColumn(p -> p.hasText() ? "Version " + p.version() : "Text not yet in the portal")
                .setHeader("Version");
        grid.addColumn(p -> SchoolTime.date(p.adoptedOn())).setHeader("Adopted");
        grid.addColumn(p -> standing(p, today)).setHeader("Review").setFlexGrow(2);
        grid.addColumn(p -> String.join("; ", p.readWith()))
                .setHeader("Read with")
                .setFlexGrow(2);
        grid.setItems(library.policies());
        add(
                new H2("Policies"),
                new Paragraph("The school's policies, the version in force and when each is next"
                        + " reviewed. Open a policy to read it, see its earlier versions and download it as a PDF."),
                grid);
    }

    static String standing(PolicySummary policy, LocalDate today) {
        if (!policy.hasText()) {
            return "";
        }
        var state = policy.stateOn(today);
        var text = state == ReviewState.OVERDUE
                ? "Overdue since " + SchoolTime.date(policy.reviewDue())
                : "Due " + SchoolTime.date(policy.reviewDue());
        return policy.reviewOpen() ? text + " (review open)" : text;
    }
}
