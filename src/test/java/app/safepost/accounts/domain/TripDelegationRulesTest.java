package app.safepost.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.domain.TripDelegationRules.Grant;
import app.safepost.accounts.domain.TripDelegationRules.Window;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TripDelegationRulesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:30:20Z"), ZoneOffset.UTC);

    private static Instant at(String time) {
        return Instant.parse("2026-11-24T" + time + "Z");
    }

    private static Grant grant(Instant start, Instant end) {
        return new Grant("teacher4", true, "Year 4 museum trip", start, end, "Parents follow the trip");
    }

    @Test
    void a_complete_grant_starting_later_is_accepted() {
        assertThat(TripDelegationRules.problemsWith(grant(at("09:00:00"), at("16:00:00")), List.of(), clock.instant()))
                .isEmpty();
    }

    @Test
    void a_start_within_the_current_minute_counts_as_now() {
        assertThat(TripDelegationRules.problemsWith(grant(at("08:30:00"), at("16:00:00")), List.of(), clock.instant()))
                .isEmpty();
    }

    @Test
    void a_start_in_an_earlier_minute_is_past_dated() {
        assertThat(TripDelegationRules.problemsWith(grant(at("08:29:59"), at("16:00:00")), List.of(), clock.instant()))
                .containsOnlyKeys("startsAt")
                .containsEntry("startsAt", "The start is in the past. A delegation can start now or later.");
    }

    @Test
    void the_end_must_come_after_the_start() {
        assertThat(TripDelegationRules.problemsWith(grant(at("10:00:00"), at("10:00:00")), List.of(), clock.instant()))
                .containsEntry("endsAt", "The end must be after the start.");
        assertThat(TripDelegationRules.problemsWith(grant(at("10:00:00"), at("09:00:00")), List.of(), clock.instant()))
                .containsOnlyKeys("endsAt");
    }

    @Test
    void an_overlapping_window_for_the_same_delegate_is_refused_with_the_other_trip_named() {
        var other = new Window(at("15:00:00"), at("18:00:00"), null, "Choir concert");

        var problems = TripDelegationRules.problemsWith(
                grant(at("09:00:00"), at("16:00:00")), List.of(other), clock.instant());

        assertThat(problems).containsOnlyKeys("startsAt");
        assertThat(problems.get("startsAt")).contains("Choir concert").contains("24 Nov 2026, 15:00");
    }

    @Test
    void windows_that_only_touch_do_not_overlap() {
        var before = new Window(at("06:00:00"), at("09:00:00"), null);
        var after = new Window(at("16:00:00"), at("18:00:00"), null);

        assertThat(TripDelegationRules.problemsWith(
                        grant(at("09:00:00"), at("16:00:00")), List.of(before, after), clock.instant()))
                .isEmpty();
    }

    @Test
    void a_delegation_revoked_before_the_new_window_does_not_overlap_it() {
        var revoked = new Window(at("09:00:00"), at("18:00:00"), at("08:30:00"));

        assertThat(TripDelegationRules.problemsWith(
                        grant(at("09:00:00"), at("16:00:00")), List.of(revoked), clock.instant()))
                .isEmpty();
    }

    @Test
    void missing_values_are_each_reported_next_to_their_field() {
        var problems = TripDelegationRules.problemsWith(
                new Grant(" ", false, "", null, null, null), List.of(), clock.instant());

        assertThat(problems).containsOnlyKeys("delegate", "tripName", "startsAt", "endsAt", "reason");
    }

    @Test
    void only_a_teacher_may_be_the_delegate() {
        var problems = TripDelegationRules.problemsWith(
                new Grant("ta", false, "Trip", at("09:00:00"), at("10:00:00"), "Reason"), List.of(), clock.instant());

        assertThat(problems).containsEntry("delegate", "Only a teacher can run the whole-school account on a trip.");
    }

    @Test
    void an_over_long_trip_name_is_refused() {
        var problems = TripDelegationRules.problemsWith(
                new Grant("teacher4", true, "x".repeat(121), at("09:00:00"), at("10:00:00"), "Reason"),
                List.of(),
                clock.instant());

        assertThat(problems).containsOnlyKeys("tripName");
    }
}
