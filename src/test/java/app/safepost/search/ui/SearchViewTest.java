package app.safepost.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.Incidents;
import app.safepost.search.SchoolSearch;
import app.safepost.search.SearchRefused;
import app.safepost.shell.ui.AccessDeniedView;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * SLT's search: posts, drafts, incidents and followers found by their words, with pupils' names as SLT
 * may read them, a page at a time, never another school's records, and nobody else's to use.
 */
class SearchViewTest extends ScreenTest {

    @Autowired
    Drafts drafts;

    @Autowired
    Incidents incidents;

    @Autowired
    FollowerRegister followers;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    SchoolSearch search;

    /** A word no demo record holds, different for each test so that tests do not find each other's records. */
    private static String rareWord() {
        return "zq" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
    }

    private List<ListItem> hits() {
        return $(ListItem.class).withClassName("search-hit").all();
    }

    private void searchFor(String words) {
        test($(TextField.class).id("search-words")).setValue(words);
        test($(Button.class).withText("Search").single()).click();
    }

    @Test
    void slt_find_a_draft_an_incident_and_a_follower_by_a_word_with_pupils_named_and_each_linked() {
        var word = rareWord();
        signInAs("teacher");
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        var draft = drafts.create(kestrels, DraftContent.text("Amelia Khan read her " + word + " poem."));
        signInAs("deputy");
        incidents.report(new IncidentReport(
                kestrels,
                IncidentCategory.OFFENSIVE_LANGUAGE,
                "A reply about the " + word + " poem was rude.",
                null,
                null,
                false));
        followers.add(kestrels, "@" + word + "_fan", "Poetry fan", LocalDate.of(2026, 11, 2));

        navigate(SearchView.class);
        searchFor(word.toUpperCase());

        assertThat(hits())
                .extracting(li -> li.getElement().getAttribute("data-kind"))
                .containsExactlyInAnyOrder("draft", "incident", "follower");
        var draftHit = hits().stream()
                .filter(li -> "draft".equals(li.getElement().getAttribute("data-kind")))
                .findFirst()
                .orElseThrow();
        assertThat(draftHit.getElement().getTextRecursively())
                .contains("Draft for @JGP_Kestrels by Tom Hale", "Amelia Khan read her " + word + " poem.");
        assertThat($(Anchor.class, draftHit).single().getHref()).isEqualTo("review/" + draft.id());
        assertThat($(Paragraph.class).id("search-summary").getText()).startsWith("1–3 of 3 records found");
    }

    @Test
    void a_search_pages_at_most_fifty_records_and_refuses_words_too_short_with_a_message() {
        var word = rareWord();
        signInAs("deputy");
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        for (int i = 0; i < 3; i++) {
            drafts.create(wholeSchool, DraftContent.text("Our " + word + " assembly, part " + i + "."));
        }

        var first = search.search(word, 0, 2);
        var second = search.search(word, 1, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(first.more()).isTrue();
        assertThat(second.hits()).hasSize(1).doesNotContainAnyElementsOf(first.hits());
        assertThat(second.more()).isFalse();
        assertThatThrownBy(() -> search.search(word, 0, SchoolSearch.MAX_PAGE_SIZE + 1))
                .isInstanceOf(SearchRefused.class)
                .hasMessage("Ask for between 1 and 50 records a page.");

        navigate(SearchView.class);
        searchFor("a");
        var field = $(TextField.class).id("search-words");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Type between 2 and 100 characters.");
        assertThat(hits()).isEmpty();
    }

    @Test
    void each_school_finds_its_own_records_and_never_the_other_schools() {
        var word = rareWord();
        signInAs("deputy");
        var jesseGray =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        drafts.create(jesseGray, DraftContent.text("Jesse Gray's " + word + " fair."));
        signInAs("fr-head");
        var fenwickRoad =
                accounts.accountWithHandle("@FenwickRoad").orElseThrow().id();
        drafts.create(fenwickRoad, DraftContent.text("Fenwick Road's " + word + " fair."));

        navigate(SearchView.class);
        searchFor(word);
        assertThat(hits())
                .singleElement()
                .satisfies(li -> assertThat(li.getElement().getTextRecursively())
                        .contains("Fenwick Road's " + word)
                        .doesNotContain("Jesse Gray"));

        signInAs("deputy");
        assertThat(search.search(word, 0, 50).hits())
                .singleElement()
                .satisfies(hit -> assertThat(hit.text()).isEqualTo("Jesse Gray's " + word + " fair."));
    }

    @Test
    void nobody_but_slt_searches() {
        for (var user : List.of("teacher", "ta", "office", "computing", "governor", "trust")) {
            signInAs(user);
            assertThatThrownBy(() -> search.search("Khan", 0, 25)).as(user).isInstanceOf(AccessDeniedException.class);
            UI.getCurrent().navigate("search");
            assertThat(getCurrentView()).as(user).isInstanceOf(AccessDeniedView.class);
        }
    }
}
