package app.safepost.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.TripDelegationSummary;
import app.safepost.common.SchoolTime;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TripDelegationsViewTest extends ScreenTest {

    @SuppressWarnings("unchecked")
    private Grid<TripDelegationSummary> grid(String id) {
        return (Grid<TripDelegationSummary>) $(Grid.class).id(id);
    }

    private List<String> trips(String id) {
        var grid = test(grid(id));
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).tripName())
                .toList();
    }

    private static LocalDateTime day(int daysAhead, int hour) {
        return LocalDate.now(SchoolTime.ZONE).plusDays(daysAhead).atTime(LocalTime.of(hour, 0));
    }

    private void fill(String teacher, String trip, LocalDateTime start, LocalDateTime end) {
        test($(ComboBox.class).withLabel("Senior teacher").single()).selectItem(teacher);
        test($(TextField.class).withLabel("Trip").single()).setValue(trip);
        test($(DateTimePicker.class).withLabel("Starts").single()).setValue(start);
        test($(DateTimePicker.class).withLabel("Ends").single()).setValue(end);
        test($(TextArea.class).withLabel("Reason").single()).setValue("Parents follow the trip");
        test($(Button.class).withText("Grant delegation").single()).click();
    }

    @Test
    void slt_grant_a_delegation_and_see_it_listed_as_upcoming_with_who_granted_it() {
        signInAs("deputy");
        navigate(TripDelegationsView.class);
        var trip = "Year 4 river study " + System.nanoTime();

        fill("Laura Bennett", trip, day(500, 9), day(500, 15));

        assertThat(trips("upcoming-delegations")).contains(trip);
        var grid = test(grid("upcoming-delegations"));
        int row = trips("upcoming-delegations").indexOf(trip);
        assertThat(grid.getCellText(row, 0)).isEqualTo("Laura Bennett");
        assertThat(grid.getCellText(row, 6)).startsWith("Daniel Reeve, ");
        assertThat($(TextField.class).withLabel("Trip").single().getValue()).isEmpty();
    }

    @Test
    void a_past_dated_start_is_refused_next_to_the_start_field() {
        signInAs("head");
        navigate(TripDelegationsView.class);
        var before = trips("upcoming-delegations").size()
                + trips("current-delegations").size();
        var yesterday = LocalDateTime.now(SchoolTime.ZONE).minusDays(1);

        fill("Tom Hale", "Forgotten trip", yesterday, yesterday.plusDays(2));

        var start = $(DateTimePicker.class).withLabel("Starts").single();
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo("The start is in the past. A delegation can start now or later.");
        assertThat(trips("upcoming-delegations").size()
                        + trips("current-delegations").size())
                .isEqualTo(before);
    }

    @Test
    void an_overlapping_grant_and_an_end_before_the_start_are_explained_beside_their_fields() {
        signInAs("deputy");
        navigate(TripDelegationsView.class);
        fill("Priti Shah", "Zoo visit", day(501, 9), day(501, 15));

        fill("Priti Shah", "Farm visit", day(501, 14), day(501, 17));
        var start = $(DateTimePicker.class).withLabel("Starts").single();
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).contains("already has a trip delegation for Zoo visit");

        test($(DateTimePicker.class).withLabel("Ends").single()).setValue(day(501, 8));
        test($(Button.class).withText("Grant delegation").single()).click();
        var end = $(DateTimePicker.class).withLabel("Ends").single();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end must be after the start.");
        assertThat(trips("upcoming-delegations")).doesNotContain("Farm visit");
    }

    @Test
    void revoking_moves_the_delegation_to_past_with_who_revoked_it() {
        signInAs("deputy");
        navigate(TripDelegationsView.class);
        var trip = "Theatre trip " + System.nanoTime();
        fill("Tom Hale", trip, day(502, 9), day(502, 15));
        int row = trips("upcoming-delegations").indexOf(trip);

        test((Button) test(grid("upcoming-delegations")).getCellComponent(row, 8))
                .click();

        assertThat(trips("upcoming-delegations")).doesNotContain(trip);
        assertThat(trips("past-delegations")).contains(trip);
        int pastRow = trips("past-delegations").indexOf(trip);
        assertThat(test(grid("past-delegations")).getCellText(pastRow, 7)).startsWith("Revoked by Daniel Reeve");
    }
}
