package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long a yes holds by the school's default, given the day it was given. */
class ConsentDefaultsTest {

    @ParameterizedTest(name = "{0} {1} given {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            END_OF_SCHOOL_YEAR | 1 | 2026-09-03 | 2027-08-31
            END_OF_SCHOOL_YEAR | 1 | 2027-07-20 | 2027-08-31
            END_OF_SCHOOL_YEAR | 1 | 2027-08-31 | 2028-08-31
            END_OF_SCHOOL_YEAR | 1 | 2027-08-01 | 2028-08-31
            END_OF_SCHOOL_YEAR | 1 | 2027-01-01 | 2027-08-31
            YEARS              | 1 | 2026-09-03 | 2027-09-02
            YEARS              | 3 | 2026-09-03 | 2029-09-02
            YEARS              | 1 | 2028-02-29 | 2029-02-27
            UNTIL_LEAVES       | 1 | 2026-09-03 | -
            """)
    void a_yes_holds_until_the_schools_default_says(
            ConsentExpiryRule rule, int years, LocalDate given, LocalDate lastDay) {
        assertThat(new ConsentDefaults(rule, years, 0).expiryFor(given)).isEqualTo(lastDay);
    }
}
