package app.safepost.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every picker the screens make shows UK dates and a 24-hour clock, whatever the browser's language. */
class SchoolTimeFieldsTest {

    @Test
    void a_date_picker_shows_dates_like_4_dec_2026_and_takes_them_typed_the_uk_way() {
        var picker = SchoolTimeFields.date("Publish on");

        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("d MMM yyyy");
        assertThat(picker.getI18n().getDateFormats())
                .contains("d/M/yyyy", "yyyy-MM-dd")
                .doesNotContain("M/d/yyyy");
        assertThat(picker.getI18n().getFirstDayOfWeek())
                .as("weeks start on Monday")
                .isEqualTo(1);
    }

    @Test
    void a_time_picker_uses_the_24_hour_clock_of_the_uk_in_quarter_hours() {
        var picker = SchoolTimeFields.time("At");

        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getStep()).hasMinutes(15);
    }

    @Test
    void a_date_and_time_picker_does_both() {
        var picker = SchoolTimeFields.dateTime("Starts");

        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getDatePickerI18n().getDateFormats()).first().isEqualTo("d MMM yyyy");
    }

    @Test
    void a_picker_made_elsewhere_is_given_the_same_formats() {
        var picker = SchoolTimeFields.uk(new DatePicker("From"));

        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(picker.getI18n().getDateFormats())
                .containsExactlyElementsOf(SchoolTimeFields.date("To").getI18n().getDateFormats());
    }
}
