package app.safepost.moderation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.moderation.IncidentSummary;
import app.safepost.moderation.Incidents;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ModerationViewsTest extends ScreenTest {

    @Autowired
    Incidents incidents;

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return (Grid<T>) $(Grid.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, String label) {
        var select = (Select<T>) $(Select.class).id(id);
        test(select).selectItem(label);
    }

    private List<String> timeline() {
        return $(OrderedList.class)
                .id("incident-timeline")
                .getChildren()
                .map(c -> ((ListItem) c).getElement().getTextRecursively())
                .toList();
    }

    @Test
    void a_teacher_reports_an_incident_and_sees_it_in_their_reports_with_its_timeline() {
        signInAs("teacher");
        navigate(IncidentsView.class);
        var text = "Offensive reply under the harvest post " + System.nanoTime();

        choose("incident-account", "@JesseGrayPrimary");
        choose("incident-category", "Offensive language");
        test($(TextArea.class).id("incident-what-happened")).setValue(text);
        test($(Button.class).id("report-incident")).click();

        var grid = test(this.<IncidentSummary>grid("incidents"));
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).whatHappened()))
                .contains(text);
        assertThat(timeline()).singleElement().asString().contains("Reported").contains("Tom Hale");
    }

    @Test
    void a_report_without_a_category_or_text_is_explained_beside_each_field() {
        signInAs("office");
        navigate(IncidentsView.class);

        choose("incident-account", "@JesseGrayPrimary");
        test($(TextArea.class).id("incident-links")).setValue("not a link");
        test($(Button.class).id("report-incident")).click();

        assertThat($(Select.class).id("incident-category").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("incident-what-happened").getErrorMessage())
                .startsWith("Say what happened");
        assertThat($(TextArea.class).id("incident-links").isInvalid()).isTrue();
    }

    @Test
    void slt_escalate_without_a_reference_and_see_it_refused_then_recorded() {
        signInAs("teacher");
        var reported = incidents.report(new app.safepost.moderation.IncidentReport(
                app.safepost.accounts.AccountId.of(jdbcAccount()),
                app.safepost.moderation.IncidentCategory.OTHER,
                "Threatening message",
                null,
                null,
                false));
        signInAs("deputy");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "incidents",
                        com.vaadin.flow.router.QueryParameters.of(
                                "incident", reported.id().toString()));

        choose("action-kind", "Escalated to an authority");
        choose("action-authority", "Police");
        test($(TextField.class).id("action-contact")).setValue("PC Adams");
        test($(Button.class).id("record-action")).click();
        assertThat($(TextField.class).id("action-reference").isInvalid()).isTrue();

        test($(TextField.class).id("action-reference")).setValue("CAD-4411");
        test($(Button.class).id("record-action")).click();

        assertThat(timeline())
                .anySatisfy(s -> assertThat(s)
                        .contains("Escalated to an authority")
                        .contains("PC Adams")
                        .contains("CAD-4411"));
    }

    @Test
    void governors_see_the_termly_report_with_both_charts_and_a_pdf_link() {
        signInAs("governor");
        navigate(IncidentReportView.class);

        assertThat($(Image.class).id("category-chart").getAlt())
                .hasValueSatisfying(
                        alt -> assertThat(alt).startsWith("Incidents by category per month: Offensive language"));
        assertThat($(Image.class).id("account-chart")).isNotNull();
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("report-pdf")
                        .getText())
                .isEqualTo("Download the report (PDF)");
    }

    @Test
    void anyone_flags_a_follower_and_slt_see_it_under_review() {
        signInAs("deputy");
        navigate(FollowersView.class);
        var handle = "@worry_" + System.nanoTime();
        choose("follower-account", "@JesseGrayPrimary");
        test($(TextField.class).id("follower-handle")).setValue(handle);
        test($(Button.class).id("add-follower")).click();
        var row = test(this.<app.safepost.moderation.FollowerSummary>grid("followers"));
        var id = IntStream.range(0, row.size())
                .mapToObj(row::getRow)
                .filter(f -> f.handle().equals(handle))
                .findFirst()
                .orElseThrow()
                .id();

        signInAs("teacher4");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("followers", com.vaadin.flow.router.QueryParameters.of("follower", id.toString()));
        assertThat($(Button.class).withId("block-follower").all()).isEmpty();
        test($(TextArea.class).id("flag-reason")).setValue("Asks pupils to message them");
        test($(Button.class).id("flag-follower")).click();

        assertThat($(OrderedList.class).id("follower-decisions").getElement().getTextRecursively())
                .contains("Flagged for review")
                .contains("Laura Bennett");
        assertThat($(Paragraph.class).all()).isNotEmpty();
    }

    @Test
    void slt_synchronise_every_account_and_see_each_ones_result_and_who_ran_it() {
        signInAs("deputy");
        navigate(FollowersView.class);

        test($(Button.class).id("sync-followers")).click();

        var syncs = test(this.<FollowerSyncSection.SyncRow>grid("follower-syncs"));
        var wholeSchool = IntStream.range(0, syncs.size())
                .filter(i -> syncs.getRow(i).account().handle().equals("@JesseGrayPrimary"))
                .findFirst()
                .orElseThrow();
        assertThat(syncs.getCellText(wholeSchool, 1)).isNotEqualTo("Never");
        assertThat(syncs.getCellText(wholeSchool, 2)).isEqualTo("Daniel Reeve");
        assertThat(syncs.getCellText(wholeSchool, 3))
                .isEqualTo("Skipped: @JesseGrayPrimary is in practice mode, so no"
                        + " platform was called. SLT switch it to its platform on the Published posts screen.");
        assertThat(IntStream.range(0, syncs.size()).mapToObj(i -> syncs.getCellText(i, 1)))
                .as("every account")
                .hasSize(8)
                .doesNotContain("Never");
    }

    @Test
    void staff_see_when_each_account_was_synchronised_but_only_slt_synchronise() {
        signInAs("teacher");
        navigate(FollowersView.class);

        assertThat(test(this.<FollowerSyncSection.SyncRow>grid("follower-syncs"))
                        .size())
                .isPositive();
        assertThat($(Button.class).withId("sync-followers").all()).isEmpty();
        assertThat($(Button.class).withText("Synchronise").all()).isEmpty();
        assertThat($(Button.class).withId("add-follower").all()).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String jdbcAccount() {
        return jdbc.queryForObject("select id from social_account where handle = '@JesseGrayPrimary'", String.class);
    }
}
