package app.safepost.school.ui;

import app.safepost.school.DeviceSummary;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesViewTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestDevices() {
        jdbc.update("delete from school_device_aud where serial like 'TEST%'");
        jdbc.update("delete from school_device where serial like 'TEST%'");
    }

    @SuppressWarnings("unchecked")
    private Grid<DeviceSummary> devices() {
        return (Grid<DeviceSummary>) $(Grid.class).id("devices");
    }

    @Test
    void the_office_registers_an_ipad_and_sees_it_in_service() {
        signInAs("office");
        navigate(DevicesView.class);
        var before = test(devices()).size();

        test($(Button.class).withText("Register a device").single()).click();
        test($(TextField.class).withLabel("Label").single()).setValue("iPad 09 (Trips)");
        test($(TextField.class).withLabel("Model").single()).setValue("iPad (10th generation)");
        test($(TextField.class).withLabel("Serial number").single()).setValue("TEST0009");
        test($(Button.class).withText("Save").single()).click();

        assertThat(test(devices()).size()).isEqualTo(before + 1);
        var added = java.util.stream.IntStream.range(0, before + 1).mapToObj(i -> test(devices()).getRow(i))
                .filter(d -> d.serial().equals("TEST0009")).findFirst().orElseThrow();
        assertThat(added.make()).isEqualTo("Apple");
        assertThat(added.inService()).isTrue();
    }

    @Test
    void a_missing_serial_number_is_shown_next_to_the_field() {
        signInAs("office");
        navigate(DevicesView.class);

        test($(Button.class).withText("Register a device").single()).click();
        test($(TextField.class).withLabel("Label").single()).setValue("iPad 10");
        test($(TextField.class).withLabel("Model").single()).setValue("iPad");
        test($(Button.class).withText("Save").single()).click();

        var serial = $(TextField.class).withLabel("Serial number").single();
        assertThat(serial.isInvalid()).isTrue();
        assertThat(serial.getErrorMessage()).isEqualTo("Enter the serial number from Settings › General › About.");
    }

    @Test
    void slt_read_the_register_without_changing_it() {
        signInAs("deputy");
        navigate(DevicesView.class);

        assertThat(test(devices()).size()).isGreaterThanOrEqualTo(4);
        assertThat($(Button.class).withText("Register a device").exists()).isFalse();
    }
}
