package app.safepost.policies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.policies.ReviewState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewCycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String DRAFT = "# Policy\n\nStaff never follow parents or pupils.\n";
    private static final String SHA = PolicyText.sha256(DRAFT);

    @ParameterizedTest(name = "due {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            2024-01-01, 2026-11-25, OVERDUE
            2026-11-24, 2026-11-25, OVERDUE
            2026-11-25, 2026-11-25, DUE_SOON
            2026-12-25, 2026-11-25, DUE_SOON
            2026-12-26, 2026-11-25, NOT_DUE
            2027-11-25, 2026-11-25, NOT_DUE
            2028-03-01, 2028-01-31, DUE_SOON
            2028-03-01, 2028-01-30, NOT_DUE
            """)
    void a_review_is_due_soon_within_30_days_and_overdue_the_day_after_its_date(
            LocalDate due, LocalDate today, ReviewState expected) {
        assertThat(ReviewCycle.state(due, today)).isEqualTo(expected);
    }

    @Test
    void a_policy_without_a_review_date_is_never_overdue() {
        assertThat(ReviewCycle.state(null, TODAY)).isEqualTo(ReviewState.NOT_DUE);
    }

    @ParameterizedTest(name = "signed {0}: next review {1}")
    @CsvSource(textBlock = """
            2026-11-25, 2027-11-25
            2028-02-29, 2029-02-28
            2027-02-28, 2028-02-28
            2027-03-01, 2028-03-01
            2031-12-31, 2032-12-31
            """)
    void the_next_review_is_a_year_on_and_a_leap_day_signature_falls_due_on_28_february(
            LocalDate signed, LocalDate next) {
        assertThat(ReviewCycle.nextReviewDate(signed)).isEqualTo(next);
    }

    private static ReviewCycle.SignOffRequest request(
            boolean head,
            String seen,
            long openComments,
            boolean reconfirmed,
            LocalDate next,
            String reason,
            LocalDate today) {
        return new ReviewCycle.SignOffRequest(head, DRAFT, SHA, seen, openComments, reconfirmed, next, reason, today);
    }

    @Test
    void the_head_teacher_signs_off_a_reviewed_draft_with_no_open_comments() {
        assertThat(ReviewCycle.refusals(request(true, SHA, 0, true, TODAY.plusYears(1), null, TODAY)))
                .isEmpty();
    }

    @Test
    void nobody_but_the_head_teacher_signs_off() {
        assertThat(ReviewCycle.refusals(request(false, SHA, 0, true, TODAY.plusYears(1), null, TODAY)))
                .containsOnlyKeys("signer");
    }

    @Test
    void open_comments_block_sign_off_unless_the_head_gives_a_reason() {
        assertThat(ReviewCycle.refusals(request(true, SHA, 2, true, TODAY.plusYears(1), " ", TODAY)))
                .containsEntry(
                        "overrideReason", "2 comments are still open: resolve them, or say why you sign off anyway.");
        assertThat(ReviewCycle.refusals(request(true, SHA, 1, true, TODAY.plusYears(1), "urgent", TODAY)))
                .containsKey("overrideReason");
        assertThat(ReviewCycle.refusals(request(
                        true,
                        SHA,
                        1,
                        true,
                        TODAY.plusYears(1),
                        "Governors meet after the deadline; the comment is about wording only.",
                        TODAY)))
                .isEmpty();
    }

    @Test
    void the_signature_is_for_the_text_the_head_read() {
        assertThat(ReviewCycle.refusals(
                        request(true, PolicyText.sha256(DRAFT + "changed"), 0, true, TODAY.plusYears(1), null, TODAY)))
                .containsOnlyKeys("draft");
        assertThat(ReviewCycle.refusals(request(true, null, 0, true, TODAY.plusYears(1), null, TODAY)))
                .containsOnlyKeys("draft");
    }

    @Test
    void the_accounts_follow_exceptions_and_guidance_are_reconfirmed_first() {
        assertThat(ReviewCycle.refusals(request(true, SHA, 0, false, TODAY.plusYears(1), null, TODAY)))
                .containsOnlyKeys("reconfirmations");
    }

    @ParameterizedTest(name = "signed {0}, next review {1}: {2}")
    @CsvSource(textBlock = """
            2026-11-25, 2027-11-25, ok
            2026-11-25, 2026-11-26, ok
            2026-11-25, 2026-11-25, The next review must be after today.
            2026-11-25, 2027-11-26, The policy is reviewed every year: choose a date no later than 25 Nov 2027.
            2028-02-29, 2029-02-28, ok
            2028-02-29, 2029-03-01, The policy is reviewed every year: choose a date no later than 28 Feb 2029.
            """)
    void the_next_review_is_after_today_and_at_most_a_year_away(LocalDate today, LocalDate next, String expected) {
        var refusals = ReviewCycle.refusals(request(true, SHA, 0, true, next, null, today));
        if (expected.equals("ok")) {
            assertThat(refusals).isEmpty();
        } else {
            assertThat(refusals).containsExactlyEntriesOf(java.util.Map.of("nextReviewDue", expected));
        }
    }

    @Test
    void a_missing_next_review_date_is_asked_for() {
        assertThat(ReviewCycle.refusals(request(true, SHA, 0, true, null, null, TODAY)))
                .containsEntry("nextReviewDue", "Choose the next review date.");
    }
}
