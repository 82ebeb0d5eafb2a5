package app.safepost.search.ui;

import app.safepost.common.SchoolTime;
import app.safepost.search.SchoolSearch;
import app.safepost.search.SearchHit;
import app.safepost.search.SearchRefused;
import app.safepost.search.SearchResults;
import app.safepost.security.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SLT's search across posts, drafts, incidents and followers of the school in hand, a page at a time,
 * each record linked to the screen that shows it. The words and page are in the address, so a search
 * can be kept or shared.
 */
@Route("search")
@PageTitle("Search · Safepost")
@Menu(title = "Search", order = 5)
@RolesAllowed({Roles.SLT, Roles.HEAD_TEACHER})
public class SearchView extends Main implements BeforeEnterObserver {

    private static final Map<String, String> KINDS =
            Map.of("post", "Post", "draft", "Draft", "incident", "Incident", "follower", "Follower");

    private final SchoolSearch search;
    private final TextField words = new TextField("Words to find");
    private final Paragraph summary = new Paragraph();
    private final UnorderedList hits = new UnorderedList();
    private final Button previous = new Button("Previous page");
    private final Button next = new Button("Next page");
    private int page;

    SearchView(SchoolSearch search) {
        this.search = search;
        addClassName("screen");
        words.setId("search-words");
        words.setManualValidation(true);
        words.setMaxLength(SchoolSearch.MAX_WORDS);
        words.setHelperText("In a post's or draft's text, an incident's account of what happened, a follower's"
                + " handle or name, or the account, author or status.");
        words.setWidth("min(32rem, 100%)");
        var go = new Button("Search", e -> go(0));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        var form = new HorizontalLayout(words, go);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        summary.setId("search-summary");
        summary.getElement().setAttribute("role", "status");
        hits.setId("search-hits");
        hits.addClassName("search-hits");
        previous.addClickListener(e -> go(page - 1));
        next.addClickListener(e -> go(page + 1));
        previous.setVisible(false);
        next.setVisible(false);
        add(
                new H2("Search"),
                new Paragraph("Posts, drafts, incidents and followers of this school, latest first, "
                        + SchoolSearch.PAGE_SIZE + " a page."),
                form,
                summary,
                hits,
                new HorizontalLayout(previous, next));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var asked = parameters.getSingleParameter("q").orElse("");
        if (asked.isBlank()) {
            return;
        }
        words.setValue(asked);
        show(parameters.getSingleParameter("page").map(SearchView::pageNumber).orElse(0));
    }

    private static int pageNumber(String value) {
        try {
            return Math.max(0, Integer.parseInt(value) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** Searches and puts the words and page in the address. */
    private void go(int wanted) {
        if (show(wanted)) {
            var parameters = new LinkedHashMap<String, String>();
            parameters.put("q", words.getValue().strip());
            if (page > 0) {
                parameters.put("page", String.valueOf(page + 1));
            }
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(
                            null, "search?" + QueryParameters.simple(parameters).getQueryString()));
        }
    }

    private boolean show(int wanted) {
        words.setInvalid(false);
        hits.removeAll();
        try {
            var results = search.search(words.getValue(), wanted, SchoolSearch.PAGE_SIZE);
            page = results.page();
            summary.setText(summaryOf(results));
            results.hits().forEach(hit -> hits.add(item(hit)));
            previous.setVisible(page > 0);
            next.setVisible(results.more());
            return true;
        } catch (SearchRefused refused) {
            words.setErrorMessage(refused.getMessage());
            words.setInvalid(true);
            summary.setText("");
            previous.setVisible(false);
            next.setVisible(false);
            return false;
        }
    }

    private static String summaryOf(SearchResults results) {
        if (results.total() == 0) {
            return "Nothing found for \u201c" + results.words() + "\u201d.";
        }
        int from = results.page() * results.size() + 1;
        int to = from + results.hits().size() - 1;
        var found = results.total() + (results.total() == 1 ? " record" : " records");
        return (results.hits().isEmpty()
                        ? "No more records: " + found + " found."
                        : from + "\u2013" + to + " of " + found + " found for \u201c" + results.words() + "\u201d.")
                + (results.capped()
                        ? " Only the latest " + SchoolSearch.MAX_FOUND + " of each kind are listed:"
                                + " narrower words find the rest."
                        : "");
    }

    private static ListItem item(SearchHit hit) {
        var kind = new Span(KINDS.getOrDefault(hit.kind(), hit.kind()));
        kind.addClassName("search-kind");
        var title = new Anchor(hit.link(), hit.title());
        var when = new Span(" \u00b7 " + SchoolTime.dateTime(hit.at()));
        var text = new Div(hit.text().isBlank() ? "(no text)" : hit.text());
        text.addClassName("search-text");
        var item = new ListItem(kind, new Span(" "), title, when, text);
        item.addClassName("search-hit");
        item.getElement().setAttribute("data-kind", hit.kind());
        return item;
    }
}
