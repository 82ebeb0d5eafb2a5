package app.safepost.pupils.ui;

import static app.safepost.pupils.RosterFixture.AMELIA_KHAN;
import static app.safepost.pupils.RosterFixture.TEST_UPN;
import static app.safepost.pupils.RosterFixture.demoCsv;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterChange;
import app.safepost.pupils.RosterChangeKind;
import app.safepost.pupils.RosterFixture;
import app.safepost.pupils.RosterProblem;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The office's roster import screen: upload, preview every pupil's outcome, confirm. */
class RosterImportViewTest extends ScreenTest {

    @Autowired
    PupilRoster roster;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDemoRoster() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    @SuppressWarnings("unchecked")
    private Grid<RosterChange> preview() {
        return (Grid<RosterChange>) $(Grid.class).id("import-preview");
    }

    @SuppressWarnings("unchecked")
    private Grid<RosterProblem> problems() {
        return (Grid<RosterProblem>) $(Grid.class).id("import-problems");
    }

    private String summary() {
        return $(Div.class).id("import-summary").getText();
    }

    private IntegerField archiveCount() {
        return $(IntegerField.class).id("archive-count");
    }

    private Button confirm() {
        return $(Button.class).id("confirm-import");
    }

    private void upload(String csv) {
        signInAs("office");
        navigate(RosterImportView.class);
        test($(Upload.class).single()).upload("roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_office_reads_every_pupils_outcome_then_confirms() {
        upload(demoCsv()
                        .replace(AMELIA_KHAN, "J820300120086,Amelia,Khan,,Class 3,no,2026-11-24")
                        .replace("J820300124002,Faith,McDonald,,Reception,no,2025-09-04\r\n", "")
                + TEST_UPN + ",Amira,Testing,,Class 3,no,\r\n");

        assertThat(summary())
                .isEqualTo("roster.csv: 196 pupils in the file. 1 new, 1 changed, 1 archived, 194"
                        + " unchanged. Nothing is saved until you confirm.");
        var grid = test(preview());
        assertThat(grid.size()).isEqualTo(197);
        assertThat(grid.getCellText(0, 3)).isEqualTo("Changed");
        assertThat(grid.getCellText(0, 4))
                .isEqualTo("Consent (class-social): yes → no; Consent given on (class-social):"
                        + " 4 Sep 2025 → 24 Nov 2026; Consent (school-social): yes → no; Consent given on (school-social):"
                        + " 4 Sep 2025 → 24 Nov 2026");
        assertThat(grid.getRow(1).kind()).isEqualTo(RosterChangeKind.NEW);
        assertThat(grid.getRow(1).line()).isEqualTo(197);
        assertThat(grid.getRow(2).kind()).isEqualTo(RosterChangeKind.ARCHIVED);
        assertThat(grid.getCellText(2, 2)).isEqualTo("Faith McDonald");
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(196);
        assertThat($(Div.class).withId("archive-warning").exists())
                .as("one pupil archived needs no typed number")
                .isFalse();
        assertThat($(IntegerField.class).withId("archive-count").exists()).isFalse();

        test(confirm()).click();

        assertThat(summary()).isEqualTo("roster.csv imported. 1 new, 1 changed, 1 archived, 194 unchanged.");
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(196);
        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    void a_two_row_file_warns_of_the_195_pupils_it_would_archive_and_imports_only_once_195_is_typed() {
        upload(demoCsv().lines().findFirst().orElseThrow() + "\r\n"
                + "J820300120086,Amelia,Khan-Ward,,Class 3,yes,2025-09-04\r\n"
                + TEST_UPN + ",Amira,Testing,,Class 3,no,\r\n");

        assertThat(summary())
                .isEqualTo("roster.csv: 2 pupils in the file. 1 new, 1 changed, 195 archived, 0"
                        + " unchanged. Nothing is saved until you confirm.");
        assertThat($(Div.class).id("archive-warning").isVisible()).isTrue();
        assertThat($(H3.class).id("archive-warning-heading").getText()).isEqualTo("This file would archive 195 pupils");
        var listed = $(UnorderedList.class)
                .id("archive-list")
                .getChildren()
                .map(item -> item.getElement().getText())
                .toList();
        assertThat(listed)
                .hasSize(195)
                .contains("Faith McDonald, UPN J820300124002")
                .noneMatch(name -> name.contains("J820300120086"));
        assertThat(archiveCount().getHelperText()).isEqualTo("Type 195 to confirm");

        test(confirm()).click();

        assertThat(archiveCount().isInvalid()).isTrue();
        assertThat(archiveCount().getErrorMessage()).isEqualTo("Type 195, the number of pupils this import archives.");
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(196);

        test(archiveCount()).setValue(194);
        test(confirm()).click();

        assertThat(archiveCount().getErrorMessage())
                .isEqualTo("This import archives 195 pupils, not 194. Type 195" + " to confirm.");
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(196);

        test(archiveCount()).setValue(195);
        test(confirm()).click();

        assertThat(summary()).isEqualTo("roster.csv imported. 1 new, 1 changed, 195 archived, 0 unchanged.");
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(2);
        assertThat($(Div.class).withId("archive-warning").exists()).isFalse();
    }

    @Test
    void a_file_with_problems_lists_each_by_line_and_column_and_cannot_be_confirmed() {
        upload(demoCsv().replace(AMELIA_KHAN, "J820300120086,Amelia,=HYPERLINK(\"http://x\"),,Class 9,maybe,")
                + "J820300124001,Iris,Young,,Reception,yes,2025-09-04\r\n");

        assertThat(summary())
                .isEqualTo("roster.csv cannot be imported: 4 problems. Nothing has been changed."
                        + " Correct the file and upload it again.");
        var grid = test(problems());
        assertThat(grid.size()).isEqualTo(4);
        assertThat(grid.getRow(0))
                .isEqualTo(new RosterProblem(
                        87,
                        "surname",
                        "A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula)."));
        assertThat(grid.getCellText(1, 1)).isEqualTo("class");
        assertThat(grid.getCellText(2, 1)).isEqualTo("image_consent");
        assertThat(grid.getCellText(3, 0)).isEqualTo("198");
        assertThat($(Grid.class).withId("import-preview").exists()).isFalse();
        assertThat(confirm().isEnabled()).isFalse();
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_its_line() {
        signInAs("office");
        navigate(RosterImportView.class);
        var latin1 = ("upn,first_name,surname,preferred_name,class,image_consent,consent_recorded_on\r\n"
                        + "J820300124001,Iris,Young,,Reception,yes,2025-09-04\r\n"
                        + "J820300120086,Zoë,Khan,,Class 3,yes,2025-09-04\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        test($(Upload.class).single()).upload("roster.csv", "text/csv", latin1);

        assertThat(test(problems()).getRow(0))
                .isEqualTo(new RosterProblem(
                        3,
                        null,
                        "Character 17 (byte 0xEB) is not UTF-8. Save the file as \"CSV UTF-8\" and upload it again."));
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(196);
    }

    @Test
    void cancelling_changes_nothing() {
        upload(demoCsv().replace(AMELIA_KHAN + "\r\n", ""));
        assertThat(confirm().isEnabled()).isTrue();

        test($(Button.class).withText("Cancel").single()).click();

        assertThat(summary()).isEqualTo("Import cancelled; nothing was changed.");
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(196);
    }
}
