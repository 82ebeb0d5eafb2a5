package app.safepost.approval.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.CalendarEntry;
import app.safepost.approval.PostCalendar;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.Drafts;
import app.safepost.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/**
 * SLT's calendar: every account's scheduled and published posts by week or month, and drafts still
 * waiting on the day their authors mean them for. A post opens in {@link MoveDialog}, where SLT move a
 * scheduled post to another time.
 */
@Route("calendar")
@PageTitle("Calendar · Safepost")
@Menu(title = "Calendar", order = 4)
@RolesAllowed(Roles.SLT)
public class CalendarView extends Main implements BeforeEnterObserver {

    static final String WEEK = "Week";
    static final String MONTH = "Month";

    private final PostCalendar calendar;
    private final ReviewQueue queue;
    private final Drafts drafts;
    private final Clock clock;
    private final Select<AccountSummary> account = new Select<>();
    private final RadioButtonGroup<String> span = new RadioButtonGroup<>("Show");
    private final H3 period = new H3();
    private final Paragraph nothing = new Paragraph();
    private final CalendarDays days = new CalendarDays(this::open);
    private LocalDate anchor;

    CalendarView(PostCalendar calendar, ReviewQueue queue, Drafts drafts, SocialAccounts accounts, Clock clock) {
        this.calendar = calendar;
        this.queue = queue;
        this.drafts = drafts;
        this.clock = clock;
        this.anchor = today();
        addClassName("screen");
        configureFilters(accounts);
        period.setId("calendar-period");
        period.getElement().setAttribute("aria-live", "polite");
        nothing.setId("calendar-nothing");
        add(
                new H2("Calendar"),
                new Paragraph("Scheduled and published posts of every account, and drafts still waiting"
                        + " on the day their authors mean them for (those without a day are on Review posts). Open a"
                        + " scheduled post to move it: it keeps its approval while its text is unchanged."),
                toolbar(),
                period,
                nothing,
                days);
        refresh();
    }

    private void configureFilters(SocialAccounts accounts) {
        account.setLabel("Account");
        account.setId("calendar-account");
        account.setItems(accounts.all());
        account.setItemLabelGenerator(a -> a == null ? "Every account" : a.handle());
        account.setEmptySelectionAllowed(true);
        account.setEmptySelectionCaption("Every account");
        account.addValueChangeListener(e -> refresh());
        span.setId("calendar-span");
        span.setItems(WEEK, MONTH);
        span.setValue(WEEK);
        span.addValueChangeListener(e -> refresh());
    }

    private Div toolbar() {
        var previous = new Button("Previous", e -> move(-1));
        previous.setId("calendar-previous");
        var today = new Button("Today", e -> {
            anchor = today();
            refresh();
        });
        var next = new Button("Next", e -> move(1));
        next.setId("calendar-next");
        var steps = new Div(previous, today, next);
        steps.addClassName("calendar-steps");
        var toolbar = new Div(account, span, steps);
        toolbar.addClassName("calendar-toolbar");
        return toolbar;
    }

    /** {@code ?day=2026-12-04} opens the week (or month) of that day; an unreadable day opens this week. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("day").ifPresent(day -> {
            try {
                anchor = LocalDate.parse(day);
            } catch (DateTimeParseException unreadable) {
                anchor = today();
            }
            refresh();
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    private boolean monthly() {
        return MONTH.equals(span.getValue());
    }

    private void move(int steps) {
        anchor = monthly() ? anchor.plusMonths(steps) : anchor.plusWeeks(steps);
        refresh();
    }

    void refresh() {
        var month = YearMonth.from(anchor);
        var first = monthly() ? month.atDay(1) : anchor;
        var last = monthly() ? month.atEndOfMonth() : anchor;
        var from = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var until = last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
        var chosen = account.getValue();
        var entries = calendar.between(from, until).stream()
                .filter(e -> chosen == null || e.account().equals(chosen.id()))
                .toList();
        period.setText(
                monthly()
                        ? SchoolTime.month(first)
                        : "Week of " + SchoolTime.date(from) + " to " + SchoolTime.date(until.minusDays(1)));
        nothing.setText(entries.isEmpty() ? "Nothing planned or sent in this " + (monthly() ? "month." : "week.") : "");
        nothing.setVisible(entries.isEmpty());
        days.show(from, until, monthly() ? month : null, entries, today());
    }

    private void open(CalendarEntry entry) {
        calendar.draft(entry.draft())
                .ifPresent(draft -> new MoveDialog(entry, draft, queue, drafts, this::refresh).open());
    }
}
