package app.safepost.pupils;

import java.time.LocalDate;
import java.time.Month;
import org.jspecify.annotations.Nullable;

/**
 * The school's default expiry of a yes.
 *
 * @param years for {@link ConsentExpiryRule#YEARS}: how many (1 to 7)
 */
public record ConsentDefaults(ConsentExpiryRule rule, int years, long version) {

    public static final int MAX_YEARS = 7;

    /**
     * The last day a yes given on {@code givenOn} holds. The school year ends on 31 August; a form
     * returned in August counts for the coming year, as schools send them out before September.
     */
    public @Nullable LocalDate expiryFor(LocalDate givenOn) {
        return switch (rule) {
            case END_OF_SCHOOL_YEAR ->
                LocalDate.of(
                        givenOn.getMonth() == Month.AUGUST
                                ? givenOn.getYear() + 1
                                : givenOn.getMonthValue() >= Month.SEPTEMBER.getValue()
                                        ? givenOn.getYear() + 1
                                        : givenOn.getYear(),
                        Month.AUGUST,
                        31);
            case YEARS -> givenOn.plusYears(years).minusDays(1);
            case UNTIL_LEAVES -> null;
        };
    }
}
