package app.safepost.moderation;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The governors' termly report on moderation: incidents by category and by account per month, how
 * quickly SLT acted and closed them, the blocks made, and the follow exceptions. No pupil data.
 *
 * @param byMonthAndCategory month → category → incidents reported in that month
 * @param byMonthAndAccount  month → account handle → incidents reported in that month
 */
public record TermReport(
        SchoolTerm term,
        int incidents,
        int serious,
        int stillOpen,
        Map<IncidentCategory, Integer> byCategory,
        Map<String, Integer> byAccount,
        Map<YearMonth, Map<IncidentCategory, Integer>> byMonthAndCategory,
        Map<YearMonth, Map<String, Integer>> byMonthAndAccount,
        @Nullable Duration medianToFirstAction,
        @Nullable Duration medianToClose,
        int escalations,
        List<FollowerDecisionEntry> blocks,
        List<FollowExceptionSummary> followed,
        List<FollowExceptionSummary> decidedInTerm) {

    /** A duration in words for the report: "3 h 20 min", "2 days 4 h". */
    public static String inWords(@Nullable Duration d) {
        if (d == null) {
            return "none yet";
        }
        if (d.toDays() > 0) {
            return d.toDays() + (d.toDays() == 1 ? " day " : " days ") + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return Math.max(d.toMinutes(), 0) + " min";
    }
}
