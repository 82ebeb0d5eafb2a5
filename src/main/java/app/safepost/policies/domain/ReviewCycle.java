package app.safepost.policies.domain;

import app.safepost.common.SchoolTime;
import app.safepost.policies.ReviewState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the annual review (P16), as plain functions: when a review is due, soon due or overdue,
 * the next review date, and whether a sign-off may go ahead.
 */
public final class ReviewCycle {

    /** Reminders start this many days before the review date. */
    public static final int DUE_SOON_DAYS = 30;
    /** A sign-off with comments still open needs a reason at least this long. */
    static final int SHORTEST_REASON = 10;

    private ReviewCycle() {}

    public static ReviewState state(@Nullable LocalDate reviewDue, LocalDate today) {
        if (reviewDue == null) {
            return ReviewState.NOT_DUE;
        }
        if (today.isAfter(reviewDue)) {
            return ReviewState.OVERDUE;
        }
        if (!today.isBefore(reviewDue.minusDays(DUE_SOON_DAYS))) {
            return ReviewState.DUE_SOON;
        }
        return ReviewState.NOT_DUE;
    }

    /**
     * One year after sign-off. A policy signed on 29 February is next due on 28 February, still
     * within the year, rather than on 1 March.
     */
    public static LocalDate nextReviewDate(LocalDate signedOn) {
        return signedOn.plusYears(1);
    }

    /** What a sign-off asks for. */
    public record SignOffRequest(
            boolean signerIsHeadTeacher,
            String draft,
            String draftSha256,
            @Nullable String sha256Seen,
            long openComments,
            boolean allReconfirmed,
            @Nullable LocalDate nextReviewDue,
            @Nullable String overrideReason,
            LocalDate today) {}

    /** Why a sign-off may not go ahead, by field; empty when it may. */
    public static Map<String, String> refusals(SignOffRequest request) {
        var errors = new LinkedHashMap<String, String>();
        if (!request.signerIsHeadTeacher()) {
            errors.put("signer", "Only the head teacher signs off a policy.");
            return errors;
        }
        if (request.draft() == null || request.draft().isBlank()) {
            errors.put("draft", "The draft is empty.");
        } else if (request.sha256Seen() == null || !request.sha256Seen().equals(request.draftSha256())) {
            errors.put("draft", "The draft changed after you opened it. Read it again before you sign.");
        }
        if (!request.allReconfirmed()) {
            errors.put(
                    "reconfirmations",
                    "SLT have not yet re-confirmed the accounts list, the follow exceptions"
                            + " and the posting guidance.");
        }
        var next = request.nextReviewDue();
        var latest = nextReviewDate(request.today());
        if (next == null) {
            errors.put("nextReviewDue", "Choose the next review date.");
        } else if (!next.isAfter(request.today())) {
            errors.put("nextReviewDue", "The next review must be after today.");
        } else if (next.isAfter(latest)) {
            errors.put(
                    "nextReviewDue",
                    "The policy is reviewed every year: choose a date no later than " + SchoolTime.date(latest) + ".");
        }
        var reason =
                request.overrideReason() == null ? "" : request.overrideReason().strip();
        if (request.openComments() > 0) {
            if (reason.isEmpty()) {
                errors.put(
                        "overrideReason",
                        request.openComments() == 1
                                ? "1 comment is still open: resolve it, or say why you sign off anyway."
                                : request.openComments() + " comments are still open: resolve them, or say why you sign"
                                        + " off anyway.");
            } else if (reason.length() < SHORTEST_REASON) {
                errors.put("overrideReason", "Say why in a sentence (at least " + SHORTEST_REASON + " characters).");
            }
        }
        if (reason.length() > 1000) {
            errors.put("overrideReason", "At most 1000 characters.");
        }
        return errors;
    }
}
