package app.safepost.common.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Date and time fields as the school writes them, whatever the browser's language: dates like
 * "4 Dec 2026" (typed also as 4/12/2026 or 2026-12-04), weeks from Monday, times like 17:19. Every
 * screen makes its pickers here. The times are the school's (Europe/London); the services turn them
 * into instants with {@code SchoolTime.ZONE}.
 */
@Configuration(proxyBeanMethods = false)
public class SchoolTimeFields {

    /** The language the portal speaks, for every screen and component that asks. */
    public static final Locale LOCALE = Locale.UK;

    /** How a picker shows a date: what {@code SchoolTime.date} writes. Then what else it accepts when typed. */
    static final String SHOWN = "d MMM yyyy";

    static final String[] ALSO_TYPED = {"d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd", "d MMMM yyyy"};

    public static DatePicker date(String label) {
        return uk(new DatePicker(label));
    }

    /** A time picker in quarter hours. */
    public static TimePicker time(String label) {
        var picker = uk(new TimePicker(label));
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    public static DateTimePicker dateTime(String label) {
        return uk(new DateTimePicker(label));
    }

    /** UK formats on a picker made elsewhere. */
    public static DatePicker uk(DatePicker picker) {
        picker.setLocale(LOCALE);
        picker.setI18n(i18n());
        return picker;
    }

    public static TimePicker uk(TimePicker picker) {
        picker.setLocale(LOCALE);
        return picker;
    }

    public static DateTimePicker uk(DateTimePicker picker) {
        picker.setLocale(LOCALE);
        picker.setDatePickerI18n(i18n());
        return picker;
    }

    static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(SHOWN, ALSO_TYPED)
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage("Type a date like 4 Dec 2026 or 4/12/2026.");
    }

    /** Every screen in UK English, so components that follow the page's language do too. */
    @Bean
    VaadinServiceInitListener schoolLocale() {
        return event -> event.getSource().addUIInitListener(init -> init.getUI().setLocale(LOCALE));
    }
}
