package app.safepost.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.approval.ui.ReviewView;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A screen entered again while it is shown (its menu item, a link to itself) shows what is there now. */
class ScreensEnteredAgainTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    ReviewQueue queue;

    private void submitAPost() {
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var draft = drafts.create(kestrels, DraftContent.text("Kestrels planted bulbs " + System.nanoTime()));
        drafts.submit(draft.id(), draft.version(), null);
    }

    private String postsToReview() {
        return $(Div.class).withClassName("dashboard-card").all().stream()
                .filter(card -> card.getChildren()
                        .anyMatch(c -> c instanceof H3 h && h.getText().equals("Posts to review")))
                .findFirst()
                .orElseThrow()
                .getChildren()
                .filter(c -> c instanceof Div d && d.hasClassName("figure"))
                .map(c -> ((Div) c).getText())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_screen_built_with_what_it_shows_is_built_afresh() {
        signInAs("deputy");
        var first = navigate(HomeView.class);
        submitAPost();

        var again = navigate(HomeView.class);

        assertThat(again).isNotSameAs(first);
        assertThat(first.isAttached()).isFalse();
        assertThat(postsToReview()).isEqualTo(String.valueOf(queue.waiting()));
    }

    @Test
    void a_screen_that_reads_everything_on_entering_is_kept_and_shows_what_is_there_now() {
        signInAs("deputy");
        var first = navigate(ReviewView.class);
        submitAPost();

        var again = navigate(ReviewView.class);

        assertThat(again).isSameAs(first);
        assertThat($(H3.class).all().stream().map(H3::getText))
                .contains("Waiting for approval (" + queue.waiting() + ")");
    }
}
