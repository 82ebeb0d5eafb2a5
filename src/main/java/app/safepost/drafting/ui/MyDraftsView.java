package app.safepost.drafting.ui;

import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftSummary;
import app.safepost.drafting.Drafts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import app.safepost.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in person's drafts with their status and latest check; each opens in the editor. */
@Route("drafts")
@PageTitle("My drafts · Safepost")
@Menu(title = "My drafts", order = 2)
@RolesAllowed({Roles.TEACHER, Roles.TEACHING_ASSISTANT, Roles.SLT})
public class MyDraftsView extends Main {

    MyDraftsView(Drafts drafts) {
        getStyle().set("padding", "var(--lumo-space-l)");
        var mine = drafts.mine();
        var grid = new Grid<DraftSummary>();
        grid.setId("my-drafts");
        grid.setAriaLabel("My drafts");
        grid.addComponentColumn(d -> {
            var open = new Button(d.opening().isEmpty() ? "(empty)" : d.opening(),
                    e -> getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class,
                            new RouteParameters("draftId", d.id().toString()))));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setHeader("Post").setFlexGrow(3);
        grid.addColumn(DraftSummary::accountHandle).setHeader("Account").setAutoWidth(true);
        grid.addColumn(d -> d.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(d -> {
            var verdict = new Span(switch (d.verdict()) {
                case PASS -> "Nothing found";
                case WARN -> "Warnings";
                case BLOCK -> "Blocked";
            });
            verdict.addClassName("verdict-" + d.verdict().apiName());
            return verdict;
        }).setHeader("Checks").setAutoWidth(true);
        grid.addColumn(d -> SchoolTime.dateTime(d.updatedAt())).setHeader("Last changed").setAutoWidth(true);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        var write = new Button("Write a post", e -> getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class)));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setId("write-post");
        add(new H2("My drafts"), write);
        if (mine.isEmpty()) {
            add(new Paragraph("You have no drafts yet."));
        } else {
            add(grid);
        }
    }
}
