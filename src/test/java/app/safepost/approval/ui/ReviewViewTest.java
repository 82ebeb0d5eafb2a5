package app.safepost.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.QueuedDraft;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review screen without a browser: the queue oldest first, a draft opened, each decision and its refusals. */
class ReviewViewTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    ReviewQueue queue;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Clock clock;

    private DraftDetails submittedByTeacher(String text) {
        signInAs("teacher");
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var draft = drafts.create(kestrels, DraftContent.text(text));
        return drafts.submit(draft.id(), draft.version(), "Checked.");
    }

    private void open(DraftDetails draft) {
        navigate("review/" + draft.id(), ReviewView.class);
    }

    private String problem() {
        var problem = $(Paragraph.class).id("decision-problem");
        return problem.isVisible() ? problem.getText() : "";
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_queue_lists_submitted_drafts_oldest_first() {
        var first = submittedByTeacher("Kestrels read together " + System.nanoTime());
        var second = submittedByTeacher("Kestrels sang together " + System.nanoTime());

        signInAs("deputy");
        navigate(ReviewView.class);

        var grid = test((Grid<QueuedDraft>) $(Grid.class).id("review-queue"));
        var ids = new java.util.ArrayList<app.safepost.drafting.DraftId>();
        for (int i = 0; i < grid.size(); i++) {
            ids.add(grid.getRow(i).id());
        }
        assertThat(ids).contains(first.id(), second.id());
        assertThat(ids.indexOf(first.id())).isLessThan(ids.indexOf(second.id()));
    }

    @Test
    void an_opened_draft_shows_its_text_marked_the_author_and_the_acknowledged_warnings() {
        var draft = submittedByTeacher("Ring us on 0115 496 0000 to help " + System.nanoTime());

        signInAs("deputy");
        open(draft);

        assertThat($(Div.class).id("marked-text").getElement().getTextRecursively())
                .isEqualTo(draft.content().text());
        assertThat($(Span.class).withClassName("finding-warn").all()).isNotEmpty();
        assertThat($(Paragraph.class).id("acknowledged-warnings").getText()).contains("Checked.");
        assertThat($(com.vaadin.flow.component.html.Section.class)
                        .id("review-item")
                        .getElement()
                        .getTextRecursively())
                .contains("By Tom Hale")
                .contains("@JGP_Kestrels");
    }

    @Test
    void sending_back_needs_a_comment_next_to_the_field_then_the_author_gets_it() {
        var draft = submittedByTeacher("Our class trip " + System.nanoTime());

        signInAs("deputy");
        open(draft);
        test($(Button.class).id("reject")).click();

        var comment = $(TextArea.class).id("review-comment");
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say what the author should change before it can be approved.");

        test(comment).setValue("Say where you went, please.");
        test($(Button.class).id("reject")).click();

        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(drafts.find(draft.id()).orElseThrow().reviewComment()).isEqualTo("Say where you went, please.");
    }

    @Test
    void approve_and_schedule_takes_a_uk_date_and_time_ahead() {
        var draft = submittedByTeacher("Christmas jumper day " + System.nanoTime());

        signInAs("deputy");
        open(draft);
        var tomorrow = LocalDate.now(clock.withZone(SchoolTime.ZONE)).plusDays(1);
        test($(DatePicker.class).id("publish-date")).setValue(tomorrow);
        test($(TimePicker.class).id("publish-time")).setValue(LocalTime.of(9, 30));
        test($(Button.class).id("approve-and-schedule")).click();

        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.SCHEDULED);
        assertThat(queue.decisionsOn(draft.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.publishAt())
                        .isEqualTo(
                                tomorrow.atTime(9, 30).atZone(SchoolTime.ZONE).toInstant()));
    }

    @Test
    void the_second_reviewer_deciding_on_the_same_version_is_told_it_was_already_decided() {
        var draft = submittedByTeacher("Book fair this week " + System.nanoTime());

        signInAs("deputy");
        open(draft);
        // Meanwhile the head, in a session of their own, approves the same version.
        signInAs("head");
        queue.approve(draft.id(), draft.version(), null, null);

        signInAs("deputy");
        test($(TextArea.class).id("review-comment")).setValue("Please add the times.");
        test($(Button.class).id("reject")).click();

        assertThat(problem())
                .isEqualTo("This draft was changed or already decided by someone else. Open it again from the queue.");
        assertThat(drafts.find(draft.id()).orElseThrow().status()).isIn(DraftStatus.APPROVED, DraftStatus.PUBLISHED);
    }

    @Test
    void the_author_of_the_draft_cannot_approve_it_here_either() {
        signInAs("deputy");
        var whole = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JesseGrayPrimary")
                        .orElseThrow()
                        .id());
        var created = drafts.create(whole, DraftContent.text("Parents' evening next week " + System.nanoTime()));
        var own = drafts.submit(created.id(), created.version(), "Checked.");

        open(own);
        test($(Button.class).id("approve")).click();

        assertThat(problem())
                .isEqualTo("The author may not approve their own draft; another member of SLT decides on it.");
        assertThat(drafts.find(own.id()).orElseThrow().status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat($(ListItem.class).all())
                .extracting(ListItem::getText)
                .as("no decision is recorded")
                .noneMatch(item -> item.startsWith("Approved"));
        assertThat($(Button.class).id("approve").isVisible())
                .as("the draft still waits for a decision")
                .isTrue();
    }
}
