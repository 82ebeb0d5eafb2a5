package app.safepost.backups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Which backups the rotation keeps: 7 daily, 5 weekly and 12 monthly by default. */
class RotationTest {

    private final Rotation rotation = new Rotation(7, 5, 12);

    /** One backup a night from {@code first} to {@code last}, newest first. */
    private static List<LocalDate> nightly(LocalDate first, LocalDate last) {
        var days = new ArrayList<LocalDate>();
        for (var day = last; !day.isBefore(first); day = day.minusDays(1)) {
            days.add(day);
        }
        return days;
    }

    @Test
    void two_years_of_nights_keep_the_last_seven_days_the_sundays_of_five_weeks_and_the_last_night_of_twelve_months() {
        var today = LocalDate.of(2026, 12, 4); // a Friday
        var kept = rotation.keep(nightly(LocalDate.of(2024, 12, 1), today), Function.identity());

        assertThat(kept).contains(today, today.minusDays(6));
        assertThat(kept)
                .as("the week before: its Sunday")
                .contains(
                        LocalDate.of(2026, 11, 29),
                        LocalDate.of(2026, 11, 22),
                        LocalDate.of(2026, 11, 15),
                        LocalDate.of(2026, 11, 8));
        assertThat(kept).as("months: their last night").contains(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 1, 31));
        assertThat(kept)
                .doesNotContain(
                        today.minusDays(7).minusDays(1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 10, 30));
        // 7 days (28 Nov to 4 Dec) + Sundays 8, 15, 22 Nov (29 Nov and this week are among the days)
        // + 31 Oct back to 31 Jan (10 months; December and November are among the days): 20.
        assertThat(kept).hasSize(20);
    }

    @Test
    void nights_without_a_backup_use_up_no_place_so_a_long_pause_deletes_none_of_the_last_backups() {
        var beforeThePause = nightly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 10));
        var afterThePause = nightly(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
        var all = new ArrayList<>(afterThePause);
        all.addAll(beforeThePause);

        var kept = rotation.keep(all, Function.identity());

        assertThat(kept)
                .contains(
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 6, 10),
                        LocalDate.of(2026, 6, 9),
                        LocalDate.of(2026, 6, 8),
                        LocalDate.of(2026, 6, 7),
                        LocalDate.of(2026, 6, 6));
    }

    @Test
    void of_two_backups_in_a_night_the_newer_is_kept() {
        record Backup(String name, LocalDate day) {}
        var day = LocalDate.of(2026, 12, 4);
        var newer = new Backup("second", day);
        var older = new Backup("first", day);

        assertThat(rotation.keep(List.of(newer, older), Backup::day)).containsExactly(newer);
    }

    @Test
    void at_least_one_daily_backup_is_kept() {
        assertThatThrownBy(() -> new Rotation(0, 5, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Rotation(1, 0, 0)
                        .keep(nightly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)), Function.identity()))
                .containsExactly(LocalDate.of(2026, 2, 1));
    }
}
