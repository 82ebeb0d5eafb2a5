package app.safepost.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.AuditEntry;
import app.safepost.audit.domain.TrailAnchors;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.school.ui.SchoolProfileView;
import app.safepost.testing.ScreenTest;
import app.safepost.testing.TestSchools;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditTrailViewTest extends ScreenTest {

    @Autowired
    TrailAnchors anchors;

    @Autowired
    SchoolProfileService profiles;

    @Autowired
    PupilRoster roster;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> entries() {
        return (Grid<AuditEntry>) $(Grid.class).id("audit-entries");
    }

    private String changeAddress(String text) {
        var before = profiles.profile();
        profiles.update(new SchoolProfile(
                before.name(),
                before.contactEmail(),
                before.contactPhone(),
                text,
                before.wholeSchoolHandle(),
                before.version()));
        return before.address();
    }

    @Test
    void filtering_by_user_lists_their_changes_and_a_selected_row_shows_a_long_text_as_a_word_diff() {
        signInAs("deputy");
        var original =
                changeAddress("1 Long Lane, Oldtown, Somewhere in the county of Nowhere, a long address for a diff");
        changeAddress("1 Long Lane, Newtown, Somewhere in the county of Nowhere, a long address for a diff");
        navigate(AuditTrailView.class);

        test($(TextField.class).id("audit-user")).setValue("deputy");
        var newest = test(entries()).getRow(0);
        assertThat(newest.by()).isEqualTo("deputy");
        assertThat(newest.type().label()).isEqualTo("School profile");
        test(entries()).select(0);

        var changes = $(Div.class).id("audit-changes");
        assertThat(changes.getElement().getTextRecursively()).contains("Address: ", "Oldtown", "Newtown");
        assertThat($(Div.class).withClassName("audit-diff-removed").exists()
                        || changes.getElement().toString().contains("audit-diff-removed"))
                .isTrue();
        changeAddress(original == null ? "" : original);
    }

    @Test
    void older_and_newer_walk_the_pages_and_an_impossible_date_range_is_explained_next_to_the_field() {
        signInAs("head");
        navigate(AuditTrailView.class);
        var first = test(entries()).getRow(0);

        test($(Button.class).id("audit-older")).click();
        assertThat(test(entries()).getRow(0)).isNotEqualTo(first);
        test($(Button.class).id("audit-newer")).click();
        assertThat(test(entries()).getRow(0)).isEqualTo(first);

        var to = $(DatePicker.class).id("audit-to");
        test($(DatePicker.class).id("audit-from")).setValue(LocalDate.of(2026, 3, 10));
        test(to).setValue(LocalDate.of(2026, 3, 1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("The end date must not be before the start date.");
        assertThat(test(entries()).size()).isZero();
    }

    @Test
    void the_school_profile_links_to_its_history_in_the_explorer() {
        signInAs("governor");
        navigate(SchoolProfileView.class);
        var link = $(Anchor.class).id("profile-history-link");
        var schoolId = TestSchools.jesseGray(jdbc).toString();
        assertThat(link.getHref()).isEqualTo("audit?type=school-profile&record=" + schoolId);

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "audit",
                        com.vaadin.flow.router.QueryParameters.fromString(
                                link.getHref().substring("audit?".length())));

        assertThat(test(entries()).size()).isPositive();
        for (int i = 0; i < test(entries()).size(); i++) {
            assertThat(test(entries()).getRow(i).recordId()).isEqualTo(schoolId);
        }
    }

    @Test
    void governors_see_pupil_names_hidden_in_the_diff() {
        signInAs("governor");
        var pupil =
                jdbc.queryForObject("select id::text from pupil where not archived order by upn limit 1", String.class);
        var firstName = jdbc.queryForObject("select first_name from pupil where id = ?::uuid", String.class, pupil);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("audit", com.vaadin.flow.router.QueryParameters.fromString("type=pupil&record=" + pupil));

        test(entries()).select(test(entries()).size() - 1);

        var text = $(Div.class).id("audit-changes").getElement().getTextRecursively();
        assertThat(text).contains("First name: ", "(hidden)").doesNotContain(firstName);
    }

    @Test
    void the_integrity_screen_checks_the_trail_on_request() {
        signInAs("governor");
        navigate(IntegrityView.class);

        test($(Button.class).id("run-integrity-check")).click();

        assertThat($(Div.class).id("integrity-result").getElement().getTextRecursively())
                .containsAnyOf("Intact", "Altered");
        assertThat(test($(Grid.class).id("integrity-runs")).size()).isPositive();
    }

    @Test
    void a_governor_anchors_the_trail_from_the_integrity_screen_once_the_check_passes() throws Exception {
        signInAs("governor");
        // Anchors made earlier in the run (the nightly job, other tests) would make this one not the first.
        deleteAnchors();
        navigate(IntegrityView.class);
        try {
            test($(Button.class).id("anchor-trail")).click();

            var result = $(Div.class).id("integrity-result").getElement().getTextRecursively();
            var latest = $(Paragraph.class).id("latest-anchor").getText();
            if (result.startsWith("Anchored: link ")) {
                assertThat(latest).startsWith("Latest anchor: link ").contains("line 1 of " + anchors.file());
                assertThat(Files.readAllLines(anchors.file())).hasSize(1);
            } else {
                // The shared test database's trail is altered on purpose by other tests: nothing is vouched for.
                assertThat(result).startsWith("Not anchored, as the check did not pass. Altered.");
                assertThat(latest).isEqualTo("The trail has not been anchored yet.");
                assertThat(anchors.file()).doesNotExist();
            }
        } finally {
            deleteAnchors();
        }
    }

    private void deleteAnchors() throws IOException {
        Files.deleteIfExists(anchors.file());
        Files.deleteIfExists(anchors.file().resolveSibling(anchors.file().getFileName() + ".pub"));
        Files.deleteIfExists(anchors.keyFile());
    }
}
