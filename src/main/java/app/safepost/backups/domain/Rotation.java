package app.safepost.backups.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest backup of each of the last {@code daily} days that have one, of
 * each of the last {@code weekly} weeks (ISO, Monday first) and of each of the last {@code monthly}
 * months. A backup kept for any reason stays; the newest is always kept. Days without a backup (the
 * portal was off) do not use up a place, so a long pause never deletes the last backups made.
 */
public record Rotation(int daily, int weekly, int monthly) {

    public Rotation {
        if (daily < 1 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("Keep at least one daily backup, and no negative number of others");
        }
    }

    /** @param newestFirst the backups, newest first; {@code day} says on which (school) day each was made */
    public <T> Set<T> keep(List<T> newestFirst, Function<T, LocalDate> day) {
        var kept = new LinkedHashSet<T>();
        var days = new HashSet<LocalDate>();
        var weeks = new HashSet<String>();
        var months = new HashSet<YearMonth>();
        for (var backup : newestFirst) {
            var on = day.apply(backup);
            var week = on.get(IsoFields.WEEK_BASED_YEAR) + "-W" + on.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            var month = YearMonth.from(on);
            if (days.size() < daily && days.add(on)) {
                kept.add(backup);
            }
            if (weeks.size() < weekly && weeks.add(week)) {
                kept.add(backup);
            }
            if (months.size() < monthly && months.add(month)) {
                kept.add(backup);
            }
        }
        return kept;
    }
}
