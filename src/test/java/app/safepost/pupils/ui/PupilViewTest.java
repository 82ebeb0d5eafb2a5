package app.safepost.pupils.ui;

import app.safepost.pupils.ConsentEntry;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.RosterFixture;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** One pupil's record: the office records a consent decision and sees it in the register; SLT only read. */
class PupilViewTest extends ScreenTest {

    @Autowired
    PupilRoster roster;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheDemoRoster() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private void openAmelia() {
        var id = jdbc.queryForObject("select id from pupil where upn = 'J820300120086'", UUID.class);
        navigate(PupilView.class, Map.of("id", id.toString()));
    }

    @SuppressWarnings("unchecked")
    private Grid<ConsentEntry> register() {
        return (Grid<ConsentEntry>) $(Grid.class).id("consent-history");
    }

    @Test
    void the_office_records_that_consent_is_withdrawn_and_sees_it_in_the_register() {
        signInAs("office");
        openAmelia();
        assertThat($(Paragraph.class).id("consent-now").getText()).startsWith("May be photographed");

        test($(TextField.class).withLabel("Note").single()).setValue("Parent e-mailed the office");
        test($(Button.class).id("record-consent")).click();

        assertThat($(Paragraph.class).id("consent-now").getText()).startsWith("May not be photographed (GDPR form");
        var newest = test(register()).getRow(0);
        assertThat(newest.consent()).isFalse();
        assertThat(newest.recordedBy()).isEqualTo("office");
        assertThat(newest.note()).isEqualTo("Parent e-mailed the office");
        assertThat(test(register()).getCellText(0, 1)).isEqualTo("GDPR form");
    }

    @Test
    void slt_read_the_record_and_its_history_without_changing_anything() {
        signInAs("deputy");
        openAmelia();

        assertThat($(TextField.class).withLabel("Surname").single().getValue()).isEqualTo("Khan");
        assertThat($(TextField.class).withLabel("Surname").single().isReadOnly()).isTrue();
        assertThat($(Button.class).withText("Save changes").exists()).isFalse();
        assertThat($(Button.class).withId("record-consent").exists()).isFalse();
        assertThat(test((Grid<?>) $(Grid.class).id("pupil-history")).size()).isPositive();
    }

    @Test
    void a_name_that_starts_like_a_formula_is_refused_next_to_the_field() {
        signInAs("office");
        navigate(PupilView.class, Map.of("id", "new"));

        test($(TextField.class).withLabel("UPN").single()).setValue(RosterFixture.TEST_UPN);
        test($(TextField.class).withLabel("First name").single()).setValue("=HYPERLINK(\"http://x\")");
        test($(TextField.class).withLabel("Surname").single()).setValue("Testing");
        @SuppressWarnings("unchecked")
        Select<app.safepost.school.ClassSummary> schoolClass = $(Select.class).withLabel("Class").single();
        test(schoolClass).selectItem("Class 3");
        test($(Button.class).withText("Add pupil").single()).click();

        var firstName = $(TextField.class).withLabel("First name").single();
        assertThat(firstName.isInvalid()).isTrue();
        assertThat(firstName.getErrorMessage()).contains("spreadsheet formula");
        assertThat(jdbc.queryForObject("select count(*) from pupil where upn = ?", Long.class, RosterFixture.TEST_UPN))
                .isZero();
    }
}
