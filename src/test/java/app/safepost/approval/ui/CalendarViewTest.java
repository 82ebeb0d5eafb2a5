package app.safepost.approval.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.publishing.Publishing;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * SLT's calendar without a browser: scheduled posts and waiting drafts on their days, a post moved
 * keeping its approval, a changed text going back for approval, and a time in the past refused.
 */
class CalendarViewTest extends ScreenTest {

    @Autowired
    Drafts drafts;

    @Autowired
    ReviewQueue queue;

    @Autowired
    Publishing publishing;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** A day well ahead, in a week of its own for each test. */
    private final LocalDate day = LocalDate.now(SchoolTime.ZONE).plusWeeks(3 + Math.floorMod(System.nanoTime(), 200));

    private Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(SchoolTime.ZONE).toInstant();
    }

    private DraftDetails written(String author, String text, Instant meantFor) {
        signInAs(author);
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var draft = drafts.create(kestrels, DraftContent.text(text), meantFor);
        return drafts.submit(draft.id(), draft.version(), null);
    }

    private DraftDetails scheduled(String author, String approver, String text, Instant at) {
        var submitted = written(author, text, null);
        signInAs(approver);
        return queue.approve(submitted.id(), submitted.version(), at, null);
    }

    private void openCalendarAt(LocalDate date) {
        UI.getCurrent().navigate("calendar", QueryParameters.of("day", date.toString()));
        assertThat(getCurrentView()).isInstanceOf(CalendarView.class);
    }

    private String dayText(LocalDate date) {
        return $(Section.class).all().stream()
                .filter(s -> date.toString().equals(s.getElement().getAttribute("data-date")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no day " + date))
                .getElement()
                .getTextRecursively();
    }

    private void openEntry(DraftDetails draft) {
        test($(NativeButton.class).all().stream()
                        .filter(b -> draft.id().toString().equals(b.getElement().getAttribute("data-draft")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no entry for " + draft.id())))
                .click();
    }

    @Test
    void slt_see_a_scheduled_post_on_its_day_and_a_waiting_draft_on_the_day_it_is_meant_for() {
        var waiting = written("teacher", "Kestrels' cake sale " + System.nanoTime(), at(day, 10));
        var post = scheduled(
                "teacher", "deputy", "Kestrels' harvest assembly " + System.nanoTime(), at(day.plusDays(1), 9));

        signInAs("deputy");
        openCalendarAt(day);

        assertThat(dayText(day)).contains("10:00 @JGP_Kestrels · Waiting for approval · Kestrels' cake sale");
        // The next day may begin the next week (from a Sunday), which the calendar shows on its own page.
        openCalendarAt(day.plusDays(1));
        assertThat(dayText(day.plusDays(1)))
                .contains("09:00 @JGP_Kestrels · Scheduled (practice mode: will not be sent)"
                        + " · Kestrels' harvest assembly");
        assertThat(waiting.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(post.status()).isEqualTo(DraftStatus.SCHEDULED);

        openCalendarAt(day);
        test($(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("calendar-span"))
                .selectItem("Month");
        assertThat($(com.vaadin.flow.component.html.H3.class)
                        .id("calendar-period")
                        .getText())
                .isEqualTo(SchoolTime.month(day));
        assertThat(dayText(day)).contains("Kestrels' cake sale");
    }

    @Test
    void moving_a_scheduled_post_keeps_its_approval_and_tells_its_author() {
        var post = scheduled("teacher", "deputy", "Kestrels' poetry recital " + System.nanoTime(), at(day, 9));

        signInAs("head");
        openCalendarAt(day);
        openEntry(post);
        test($(TimePicker.class).id("move-time")).setValue(LocalTime.of(15, 30));
        test($(Button.class).id("move-save")).click();

        var moved = publishing.find(post.id().value()).orElseThrow();
        assertThat(moved.publishAt())
                .isEqualTo(day.atTime(15, 30).atZone(SchoolTime.ZONE).toInstant());
        assertThat(moved.status()).isEqualTo("scheduled");
        assertThat(moved.approvedBy()).isEqualTo("deputy");
        assertThat(queue.decisionsOn(post.id())).extracting(d -> d.outcome()).containsExactly("scheduled", "moved");
        assertThat(dayText(day)).contains("15:30 @JGP_Kestrels · Scheduled");
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice where subject = ? and recipient = 'teacher'" + " and link = ?",
                        Long.class,
                        "Your post to @JGP_Kestrels was moved",
                        "post/" + post.id()))
                .isOne();
    }

    @Test
    void its_author_changing_the_text_sends_the_post_back_for_approval_meant_for_the_new_time() {
        var post = scheduled("deputy", "head", "Whole-school sports day " + System.nanoTime(), at(day, 9));

        signInAs("deputy");
        openCalendarAt(day);
        openEntry(post);
        test($(TextArea.class).withLabel("Post").single()).setValue("Whole-school sports day, now on the field.");
        test($(DatePicker.class).id("move-day")).setValue(day.plusDays(2));
        test($(Button.class).id("move-save")).click();

        var after = drafts.find(post.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(after.meantFor()).isEqualTo(at(day.plusDays(2), 9));
        assertThat(publishing.find(post.id().value()).orElseThrow().status()).isEqualTo("withdrawn");
        // Two days on may be in the next week (from a Saturday), which the calendar shows on its own page.
        openCalendarAt(day.plusDays(2));
        assertThat(dayText(day.plusDays(2)))
                .contains("Waiting for approval · Whole-school sports day, now on the field.");
    }

    @Test
    void a_time_in_the_past_is_refused_beside_the_field_and_nothing_moves() {
        var post = scheduled("teacher", "deputy", "Kestrels' library visit " + System.nanoTime(), at(day, 9));

        signInAs("deputy");
        openCalendarAt(day);
        openEntry(post);
        test($(DatePicker.class).id("move-day"))
                .setValue(LocalDate.now(SchoolTime.ZONE).minusDays(1));
        test($(Button.class).id("move-save")).click();

        var time = $(TimePicker.class).id("move-time");
        assertThat(time.isInvalid()).isTrue();
        assertThat(time.getErrorMessage()).startsWith("Choose a time from now on");
        assertThat(publishing.find(post.id().value()).orElseThrow().publishAt()).isEqualTo(at(day, 9));
    }
}
