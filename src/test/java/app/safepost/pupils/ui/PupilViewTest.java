package app.safepost.pupils.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.ConsentEntry;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.PurposeSummary;
import app.safepost.pupils.RosterFixture;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One pupil's record: the office records a consent decision per purpose and sees it in the register; SLT only read. */
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

    @SuppressWarnings("unchecked")
    private Grid<PurposeSummary> now() {
        return (Grid<PurposeSummary>) $(Grid.class).id("consent-now");
    }

    /** The consent column of the purpose's row in the "as it stands" grid. */
    private String consentNow(String purposeName) {
        var grid = test(now());
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 0).equals(purposeName)) {
                return grid.getCellText(row, 1);
            }
        }
        throw new AssertionError("no row for " + purposeName);
    }

    @Test
    void the_office_withdraws_consent_for_one_purpose_and_sees_it_in_the_register() {
        signInAs("office");
        openAmelia();
        assertThat(consentNow("The class's social-media account")).isEqualTo("Yes");

        test($(TextField.class).withLabel("Note").single()).setValue("Parent e-mailed the office");
        test($(Button.class).id("record-consent")).click();

        assertThat(consentNow("The class's social-media account")).isEqualTo("No");
        assertThat(consentNow("The whole-school social-media accounts")).isEqualTo("Yes");
        var newest = test(register()).getRow(0);
        assertThat(newest.purpose()).isEqualTo("class-social");
        assertThat(newest.consent()).isFalse();
        assertThat(newest.recordedBy()).isEqualTo("office");
        assertThat(newest.note()).isEqualTo("Parent e-mailed the office");
        assertThat(test(register()).getCellText(0, 2)).isEqualTo("Paper form");
    }

    @Test
    void an_expiry_before_the_day_given_is_refused_next_to_the_field_and_nothing_is_recorded() {
        signInAs("office");
        openAmelia();
        int before = test(register()).size();

        test($(DatePicker.class).withLabel("Date given").single()).setValue(LocalDate.of(2026, 11, 20));
        test($(DatePicker.class).withLabel("Expires on").single()).setValue(LocalDate.of(2026, 9, 1));
        test($(Button.class).id("record-consent")).click();

        var expires = $(DatePicker.class).withLabel("Expires on").single();
        assertThat(expires.isInvalid()).isTrue();
        assertThat(expires.getErrorMessage()).isEqualTo("A consent cannot expire before the day it was given.");
        assertThat(test(register()).size()).isEqualTo(before);
    }

    @Test
    void a_parent_address_that_is_not_one_is_refused_next_to_the_field() {
        signInAs("office");
        openAmelia();

        test($(TextField.class).id("parent-emails-field")).setValue("mum at home");
        test($(Button.class).withText("Save addresses").single()).click();

        var field = $(TextField.class).id("parent-emails-field");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains("is not an e-mail address");
        assertThat(jdbc.queryForObject("select parent_emails from pupil where upn = 'J820300120086'", String.class))
                .isNull();
    }

    @Test
    void slt_read_the_record_and_its_history_without_changing_anything() {
        signInAs("deputy");
        openAmelia();

        assertThat($(TextField.class).withLabel("Surname").single().getValue()).isEqualTo("Khan");
        assertThat($(TextField.class).withLabel("Surname").single().isReadOnly())
                .isTrue();
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
        Select<app.safepost.school.ClassSummary> schoolClass =
                $(Select.class).withLabel("Class").single();
        test(schoolClass).selectItem("Class 3");
        test($(Button.class).withText("Add pupil").single()).click();

        var firstName = $(TextField.class).withLabel("First name").single();
        assertThat(firstName.isInvalid()).isTrue();
        assertThat(firstName.getErrorMessage()).contains("spreadsheet formula");
        assertThat(jdbc.queryForObject("select count(*) from pupil where upn = ?", Long.class, RosterFixture.TEST_UPN))
                .isZero();
    }
}
