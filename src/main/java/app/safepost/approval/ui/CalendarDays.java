package app.safepost.approval.ui;

import app.safepost.approval.CalendarEntry;
import app.safepost.common.SchoolTime;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The days of a week or a month, seven to a row on a wide screen and one under the other on a phone,
 * each with its posts in time order; a post opens on click or Enter. Every day is a section with its
 * date as heading, so a screen reader can go from day to day.
 */
class CalendarDays extends Div {

    private final Consumer<CalendarEntry> open;

    CalendarDays(Consumer<CalendarEntry> open) {
        this.open = open;
        setId("calendar-days");
        addClassName("calendar-days");
    }

    /** Shows the days from {@code from} to {@code until} (exclusive); days outside {@code month} are dimmed. */
    void show(
            LocalDate from, LocalDate until, @Nullable YearMonth month, List<CalendarEntry> entries, LocalDate today) {
        removeAll();
        var byDay = entries.stream().collect(Collectors.groupingBy(CalendarEntry::day));
        for (var day = from; day.isBefore(until); day = day.plusDays(1)) {
            add(day(day, byDay.getOrDefault(day, List.of()), month, today));
        }
    }

    private Section day(LocalDate day, List<CalendarEntry> entries, @Nullable YearMonth month, LocalDate today) {
        var heading = new H4(SchoolTime.day(day) + (day.equals(today) ? " (today)" : ""));
        var section = new Section(heading);
        section.addClassName("calendar-day");
        section.getElement().setAttribute("data-date", day.toString());
        if (day.equals(today)) {
            section.addClassName("calendar-today");
        }
        if (month != null && !YearMonth.from(day).equals(month)) {
            section.addClassName("calendar-other-month");
        }
        if (entries.isEmpty()) {
            section.addClassName("calendar-empty");
            var none = new Paragraph("Nothing planned");
            none.addClassName("calendar-none");
            section.add(none);
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("calendar-entries");
        entries.forEach(entry -> list.add(new ListItem(entry(entry))));
        section.add(list);
        return section;
    }

    /** A plain button, so its words wrap in a narrow day instead of running into the next. */
    private NativeButton entry(CalendarEntry entry) {
        var button = new NativeButton(
                SchoolTime.time(entry.at()) + " " + entry.accountHandle() + " · " + entry.label() + " · "
                        + entry.opening(),
                e -> open.accept(entry));
        button.addClassName("calendar-entry");
        button.addClassName(
                "calendar-entry-" + entry.kind().name().toLowerCase().replace('_', '-'));
        if (entry.practice()) {
            button.addClassName("calendar-practice");
        }
        button.getElement().setAttribute("data-draft", entry.draft().toString());
        return button;
    }
}
