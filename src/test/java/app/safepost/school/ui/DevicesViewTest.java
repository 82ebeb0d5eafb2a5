package app.safepost.school.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.school.DeviceCookie;
import app.safepost.school.DeviceDetails;
import app.safepost.school.DeviceEnrolmentFixture;
import app.safepost.school.DeviceEnrolments;
import app.safepost.school.DeviceSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.browserless.mocks.MockHttpEnvironment;
import com.vaadin.browserless.mocks.MockResponse;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DevicesViewTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    DeviceEnrolments enrolments;

    @BeforeEach
    @AfterEach
    void removeTestDevices() {
        MockHttpEnvironment.INSTANCE.setSecure(false);
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
        InSchool.jesseGray(jdbc, () -> {
            jdbc.update("delete from school_device_aud where serial like 'TEST%'");
            jdbc.update("delete from school_device where serial like 'TEST%'");
        });
    }

    private DeviceSummary registered(String label) {
        return directory.registerDevice(new DeviceDetails(
                label, "Apple", "iPad (9th generation)", DeviceEnrolmentFixture.SERIAL_PREFIX + label.hashCode()));
    }

    private int row(String label) {
        return IntStream.range(0, test(devices()).size())
                .filter(i -> test(devices()).getRow(i).label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private Component actions(String label) {
        return test(devices()).getCellComponent(row(label), "actions");
    }

    private String thisBrowser() {
        return $(Paragraph.class).id("this-browser").getText();
    }

    /** The device cookie the last answer set, as the servlet container will write it. */
    private static Cookie deviceCookie() {
        ServletResponse response = (VaadinServletResponse) VaadinResponse.getCurrent();
        while (response instanceof ServletResponseWrapper wrapper) {
            response = wrapper.getResponse();
        }
        return ((MockResponse) response).getCookie(DeviceCookie.NAME);
    }

    private void enrolThisBrowserAs(String label) {
        test($(Button.class, actions(label)).withText("Enrol this iPad").single())
                .click();
        test($(ConfirmDialog.class).single()).confirm();
    }

    @Test
    void the_office_enrols_this_browser_as_an_ipad_in_a_cookie_scripts_cannot_read_and_other_sites_cannot_send() {
        signInAs("office");
        registered("iPad 23 (Hall)");
        navigate(DevicesView.class);
        assertThat(thisBrowser()).isEqualTo("This browser is not enrolled as a school iPad.");

        enrolThisBrowserAs("iPad 23 (Hall)");

        var cookie = deviceCookie();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
        assertThat(cookie.getSecure()).as("plain HTTP on loopback").isFalse();
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo((int) Duration.ofDays(400).toSeconds());
        assertThat(jdbc.queryForObject("select key_sha256 from device_enrolment", String.class))
                .isEqualTo(DeviceEnrolmentFixture.sha256(cookie.getValue()));
        assertThat(thisBrowser()).isEqualTo("This browser is enrolled as iPad 23 (Hall).");
        assertThat(test(devices())
                        .getCellText(row("iPad 23 (Hall)"), test(devices()).getColumnPosition("enrolment")))
                .startsWith("Enrolled ")
                .endsWith(" by Carol Dean");
    }

    @Test
    void behind_tls_the_device_cookie_is_sent_over_tls_only() {
        MockHttpEnvironment.INSTANCE.setSecure(true);
        signInAs("office");
        registered("iPad 24 (Hall)");
        navigate(DevicesView.class);

        enrolThisBrowserAs("iPad 24 (Hall)");

        assertThat(deviceCookie().getSecure()).isTrue();
        assertThat(deviceCookie().isHttpOnly()).isTrue();
    }

    @Test
    void the_office_revokes_an_enrolment_and_this_browser_is_no_longer_an_ipad() {
        signInAs("office");
        registered("iPad 25 (Hall)");
        navigate(DevicesView.class);
        enrolThisBrowserAs("iPad 25 (Hall)");

        test($(Button.class, actions("iPad 25 (Hall)"))
                        .withText("Revoke enrolment")
                        .single())
                .click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(enrolments.current()).isEmpty();
        assertThat(thisBrowser()).isEqualTo("This browser is not enrolled as a school iPad.");
        assertThat($(Button.class, actions("iPad 25 (Hall)"))
                        .withText("Revoke enrolment")
                        .exists())
                .isFalse();
    }

    @Test
    void a_retired_ipad_offers_no_enrolment() {
        signInAs("office");
        var device = registered("iPad 26 (Hall)");
        directory.setDeviceInService(device.id(), false, device.version());
        navigate(DevicesView.class);

        assertThat($(Button.class, actions("iPad 26 (Hall)"))
                        .withText("Enrol this iPad")
                        .exists())
                .isFalse();
        assertThat($(Button.class, actions("iPad 26 (Hall)"))
                        .withText("Return to service")
                        .exists())
                .isTrue();
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
        var added = java.util.stream.IntStream.range(0, before + 1)
                .mapToObj(i -> test(devices()).getRow(i))
                .filter(d -> d.serial().equals("TEST0009"))
                .findFirst()
                .orElseThrow();
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
        assertThat($(Button.class).withText("Enrol this iPad").exists()).isFalse();
        assertThat(test(devices())
                        .getCellText(row("iPad 02 (Class 3)"), test(devices()).getColumnPosition("enrolment")))
                .isEqualTo("Not enrolled");
    }
}
