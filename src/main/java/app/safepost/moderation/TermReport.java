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
public record TermReport(SchoolTerm term, int incidents, int serious, int stillOpen,
                         Map<IncidentCategory, Integer> byCategory, Map<String, Integer> byAccount,
                         Map<YearMonth, Map<IncidentCategory, Integer>> byMonthAndCategory,
                         Map<YearMonth, Map<String, Integer>> byMonthAndAccount,
                         @Nullable Duration medianToFirstAction, @Nullable Duration medianToClose,
                         int escalations, List<FollowerDecisionEntry> blocks,
                         List<FollowExceptionSummary> followed, List<FollowExceptionSummary> decidedInTerm) {
}
