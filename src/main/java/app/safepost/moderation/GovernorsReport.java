package app.safepost.moderation;

import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.moderation.domain.Incident;
import app.safepost.moderation.domain.IncidentCharts;
import app.safepost.moderation.domain.TermReportPdf;
import app.safepost.school.Schools;
import app.safepost.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The governors' termly report (SLT and governors): figures, charts as SVG, and the same as a PDF. */
@Service
public class GovernorsReport {

    private static final Set<FollowExceptionStatus> FOLLOWED = Set.of(FollowExceptionStatus.APPROVED);

    private final Incidents incidents;
    private final FollowerRegister register;
    private final FollowExceptions follows;
    private final SocialAccounts accounts;
    private final Schools schools;

    GovernorsReport(
            Incidents incidents,
            FollowerRegister register,
            FollowExceptions follows,
            SocialAccounts accounts,
            Schools schools) {
        this.schools = schools;
        this.incidents = incidents;
        this.register = register;
        this.follows = follows;
        this.accounts = accounts;
    }

    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public TermReport forTerm(SchoolTerm term) {
        var from = start(term);
        var to = end(term);
        var list = incidents.reportedBetween(from, to);
        var handles = accounts.all().stream().collect(Collectors.toMap(a -> a.id().value(), a -> a.handle()));
        var byCategory = new EnumMap<IncidentCategory, Integer>(IncidentCategory.class);
        var byAccount = new TreeMap<String, Integer>();
        var byMonthAndCategory = new LinkedHashMap<YearMonth, Map<IncidentCategory, Integer>>();
        var byMonthAndAccount = new LinkedHashMap<YearMonth, Map<String, Integer>>();
        for (var month = YearMonth.from(term.firstDay());
                !month.isAfter(YearMonth.from(term.lastDay()));
                month = month.plusMonths(1)) {
            byMonthAndCategory.put(month, new EnumMap<>(IncidentCategory.class));
            byMonthAndAccount.put(month, new TreeMap<>());
        }
        var toFirstAction = new ArrayList<Duration>();
        var toClose = new ArrayList<Duration>();
        int serious = 0;
        int open = 0;
        for (Incident i : list) {
            var handle = handles.getOrDefault(i.getAccountId(), "(removed account)");
            var month = YearMonth.from(i.getReportedAt().atZone(SchoolTime.ZONE));
            byCategory.merge(i.getCategory(), 1, Integer::sum);
            byAccount.merge(handle, 1, Integer::sum);
            byMonthAndCategory.get(month).merge(i.getCategory(), 1, Integer::sum);
            byMonthAndAccount.get(month).merge(handle, 1, Integer::sum);
            if (i.getFirstActionAt() != null) {
                toFirstAction.add(Duration.between(i.getReportedAt(), i.getFirstActionAt()));
            }
            if (i.getClosedAt() != null) {
                toClose.add(Duration.between(i.getReportedAt(), i.getClosedAt()));
            } else {
                open++;
            }
            if (i.isSerious()) {
                serious++;
            }
        }
        var escalations = incidents.escalationsAmong(list);
        var allFollows = follows.all();
        var decided = allFollows.stream()
                .filter(f -> f.decidedAt() != null && within(f.decidedAt(), from, to))
                .toList();
        var followed = allFollows.stream()
                .filter(f -> f.status() == FollowExceptionStatus.APPROVED)
                .toList();
        return new TermReport(
                term,
                list.size(),
                serious,
                open,
                byCategory,
                byAccount,
                byMonthAndCategory,
                byMonthAndAccount,
                median(toFirstAction),
                median(toClose),
                escalations,
                register.blocksBetween(from, to),
                followed,
                decided);
    }

    /** One page of the term's blocks, as {@link TermReport#blocks()} lists them. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public Page<FollowerDecisionEntry> blocks(SchoolTerm term, Pageable page) {
        return register.blocksBetween(start(term), end(term), page);
    }

    /** How many blocks were made in the term. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public long blockCount(SchoolTerm term) {
        return register.blockCountBetween(start(term), end(term));
    }

    /** One page of the accounts the school follows now, as {@link TermReport#followed()} lists them. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public Page<FollowExceptionSummary> followed(Pageable page) {
        return follows.page(FOLLOWED, page);
    }

    /** How many accounts the school follows now. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public long followedCount() {
        return follows.count(FOLLOWED);
    }

    /** The chart of incidents by category per month, as SVG for the screen. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    public String categoryChartSvg(TermReport report) {
        return IncidentCharts.svg(IncidentCharts.byCategory(report));
    }

    /** The chart of incidents by account per month, as SVG for the screen. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    public String accountChartSvg(TermReport report) {
        return IncidentCharts.svg(IncidentCharts.byAccount(report));
    }

    /** The report as a PDF with both charts, in the name of the school in hand. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public byte[] pdf(TermReport report) {
        return TermReportPdf.of(TermReportPrintout.of(report), schools.letterhead());
    }

    private static Instant start(SchoolTerm term) {
        return term.firstDay().atStartOfDay(SchoolTime.ZONE).toInstant();
    }

    private static Instant end(SchoolTerm term) {
        return term.lastDay().plusDays(1).atStartOfDay(SchoolTime.ZONE).toInstant();
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    static @Nullable Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        var sorted = durations.stream().sorted().toList();
        var mid = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(mid)
                : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    }
}
