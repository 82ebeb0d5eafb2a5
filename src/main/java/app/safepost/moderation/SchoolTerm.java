package app.safepost.moderation;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school term for the governors' report: autumn (September to December), spring (January to
 * March) and summer (April to August), so every day falls in exactly one term.
 */
public record SchoolTerm(String name, LocalDate firstDay, LocalDate lastDay) {

    public static SchoolTerm containing(LocalDate day) {
        var year = day.getYear();
        if (day.getMonthValue() >= Month.SEPTEMBER.getValue()) {
            return new SchoolTerm("Autumn term " + year, LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
        }
        if (day.getMonthValue() <= Month.MARCH.getValue()) {
            return new SchoolTerm("Spring term " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
        }
        return new SchoolTerm("Summer term " + year, LocalDate.of(year, 4, 1), LocalDate.of(year, 8, 31));
    }

    public SchoolTerm previous() {
        return containing(firstDay.minusDays(1));
    }
}
