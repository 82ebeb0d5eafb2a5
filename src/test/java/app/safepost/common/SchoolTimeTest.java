package app.safepost.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and times as the school writes them: UK order, 24-hour clock, Europe/London, whatever the machine's locale. */
class SchoolTimeTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @ParameterizedTest(name = "{0} is written {1}, {2} in London")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-04T17:19:00Z | 4 Dec 2026, 17:19 | 17:19
            2026-07-04T16:19:00Z | 4 Jul 2026, 17:19 | 17:19
            2026-03-29T00:30:00Z | 29 Mar 2026, 00:30 | 00:30
            2026-03-29T01:30:00Z | 29 Mar 2026, 02:30 | 02:30
            2026-10-25T00:30:00Z | 25 Oct 2026, 01:30 | 01:30
            2026-12-31T23:59:00Z | 31 Dec 2026, 23:59 | 23:59
            """)
    void instants_are_written_in_uk_time_on_a_24_hour_clock(String instant, String dateTime, String time) {
        Locale.setDefault(Locale.US);

        assertThat(SchoolTime.dateTime(Instant.parse(instant))).isEqualTo(dateTime);
        assertThat(SchoolTime.time(Instant.parse(instant))).isEqualTo(time);
    }

    @Test
    void days_are_written_day_month_year_with_the_month_in_words() {
        Locale.setDefault(Locale.US);
        var day = LocalDate.of(2026, 12, 4);

        assertThat(SchoolTime.date(day)).isEqualTo("4 Dec 2026");
        assertThat(SchoolTime.day(day)).isEqualTo("Fri 4 Dec");
        assertThat(SchoolTime.month(day)).isEqualTo("December 2026");
    }

    @Test
    void an_instant_falls_on_the_schools_day_not_the_servers() {
        assertThat(SchoolTime.dayOf(Instant.parse("2026-07-04T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 5));
        assertThat(SchoolTime.dayOf(Instant.parse("2026-12-04T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void nothing_is_written_for_no_date() {
        assertThat(SchoolTime.date(null)).isEmpty();
        assertThat(SchoolTime.dateTime(null)).isEmpty();
        assertThat(SchoolTime.time(null)).isEmpty();
    }
}
