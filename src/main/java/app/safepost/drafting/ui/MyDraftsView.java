package app.safepost.drafting.ui;

import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftSummary;
import app.safepost.drafting.Drafts;
import app.safepost.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** The signed-in person's drafts with their status and latest check; each opens in the editor. */
@Route("drafts")
@PageTitle("My drafts · Safepost")
@Menu(title = "My drafts", order = 2)
@RolesAllowed({Roles.TEACHER, Roles.TEACHING_ASSISTANT, Roles.SLT})
public class MyDraftsView extends Main {

    MyDraftsView(Drafts drafts) {
        addClassName("screen");
        long mine = drafts.mineCount();
        var grid = draftsGrid(drafts);
        var write = new Button("Write a post", e -> getUI().ifPresent(ui -> ui.navigate(DraftEditorView.class)));
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setId("write-post");
        add(new H2("My drafts"), write);
        if (mine == 0) {
            add(new Paragraph("You have no drafts yet."));
        } else {
            add(grid);
        }
    }

    private Grid<DraftSummary> draftsGrid(Drafts drafts) {
        var grid = new Grid<DraftSummary>();
        grid.setId("my-drafts");
        grid.setAriaLabel("My drafts");
        grid.setEmptyStateText("You have no drafts yet.");
        // Templates rendered in the browser, not a button and a label made on the server per row: a
        // teacher has a hundred drafts and more, read a page at a time as the grid scrolls.
        grid.addColumn(LitRenderer.<DraftSummary>of(
                                "<vaadin-button theme='tertiary-inline' @click=${open}>${item.opening}</vaadin-button>")
                        .withProperty("opening", d -> d.opening().isEmpty() ? "(empty)" : d.opening())
                        .withFunction(
                                "open",
                                d -> getUI().ifPresent(ui -> ui.navigate(
                                        DraftEditorView.class, new RouteParameters("draftId", d.id().toString())))))
                .setHeader("Post")
                .setFlexGrow(3);
        grid.addColumn(DraftSummary::accountHandle).setHeader("Account").setAutoWidth(true);
        grid.addColumn(DraftSummary::statusLabel).setHeader("Status").setAutoWidth(true);
        grid.addColumn(LitRenderer.<DraftSummary>of("<span class='verdict-${item.verdict}'>${item.label}</span>")
                        .withProperty("verdict", d -> d.verdict().apiName())
                        .withProperty("label", d -> switch (d.verdict()) {
                            case PASS -> "Nothing found";
                            case WARN -> "Warnings";
                            case BLOCK -> "Blocked";
                        }))
                .setHeader("Checks")
                .setAutoWidth(true);
        grid.addColumn(d -> SchoolTime.dateTime(d.updatedAt()))
                .setHeader("Last changed")
                .setAutoWidth(true);
        grid.setItemsPageable(page -> drafts.mine(page).getContent(), page -> drafts.mineCount());
        grid.setHeight("70vh");
        return grid;
    }
}
