package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The device register (P3) and class staffing, with who may change them. Leaves the demo school as it was. */
@SafepostTest
class SchoolDirectoryTest {

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestDevicesAndRestoreClass4() {
        InSchool.jesseGray(jdbc, () -> {
            jdbc.update("delete from school_device_aud where serial like 'TEST%'");
            jdbc.update("delete from school_device where serial like 'TEST%'");
            directory.updateClass(
                    directory.classNamed("Class 4").orElseThrow().id(),
                    new ClassDetails("Class 4", "4", "Owls", "teacher4", Set.of("ta")));
        });
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void the_office_registers_corrects_retires_and_returns_a_device() {
        var device = directory.registerDevice(new DeviceDetails("iPad 05 (Class 2)", "Apple", "iPad mini", "TEST0005"));
        var corrected = directory.updateDevice(
                device.id(),
                new DeviceDetails("iPad 05 (Class 2)", "Apple", "iPad mini (6th generation)", "TEST0005"),
                device.version());
        var retired = directory.setDeviceInService(device.id(), false, corrected.version());

        assertThat(retired.inService()).isFalse();
        assertThat(directory.deviceWithSerial("TEST0005"))
                .hasValueSatisfying(d -> assertThat(d.model()).isEqualTo("iPad mini (6th generation)"));
        assertThat(directory.devices()).extracting(DeviceSummary::serial).contains("TEST0005");
        assertThatThrownBy(() -> directory.setDeviceInService(device.id(), true, corrected.version()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(directory
                        .setDeviceInService(device.id(), true, retired.version())
                        .inService())
                .isTrue();
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void a_serial_number_is_registered_once_and_every_field_is_required() {
        assertThatThrownBy(() -> directory.registerDevice(new DeviceDetails("Again", "Apple", "iPad", "DMPX1001JGP1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already registered");
        assertThatThrownBy(() -> directory.registerDevice(new DeviceDetails("", "Apple", "iPad", "TEST0006")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter a label");
    }

    @Test
    @WithUserDetails(value = "deputy", userDetailsServiceBeanName = "demoSignIn")
    void slt_read_the_register_but_do_not_keep_it() {
        assertThat(directory.devices()).hasSizeGreaterThanOrEqualTo(4);
        assertThatThrownBy(() -> directory.registerDevice(new DeviceDetails("X", "Apple", "iPad", "TEST0007")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "teacher", userDetailsServiceBeanName = "demoSignIn")
    void a_teacher_cannot_read_the_register_or_change_a_class() {
        var class3 = directory.classNamed("Class 3").orElseThrow();
        assertThatThrownBy(() -> directory.devices()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.updateClass(
                        class3.id(), new ClassDetails("Class 3", "3", "Kestrels", "teacher", Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.deviceWithSerial("DMPX1002JGP2")).isPresent();
    }

    @Test
    @WithUserDetails(value = "head", userDetailsServiceBeanName = "demoSignIn")
    void slt_change_who_runs_a_class_and_the_ta_then_sees_only_that() {
        var class4 = directory.classNamed("Class 4").orElseThrow();

        var changed = directory.updateClass(
                class4.id(), new ClassDetails("Class 4", "4", "Owls", "teacher4", Set.of("computing")));

        assertThat(changed.assistants()).containsExactly("computing");
        assertThat(directory.classesOf("ta")).containsExactly("Class 3");
        assertThatThrownBy(() ->
                        directory.updateClass(class4.id(), new ClassDetails("Class 4", "7", null, null, Set.of())))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("R (Reception) or 1 to 6");
        assertThatThrownBy(() ->
                        directory.updateClass(class4.id(), new ClassDetails("Class 3", "4", null, null, Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already a class named");
    }

    @Test
    @WithUserDetails(value = "head", userDetailsServiceBeanName = "demoSignIn")
    void a_class_asked_for_by_id_comes_from_the_classes_kept_and_is_as_it_is_now_after_a_change() {
        var class4 = directory.classNamed("Class 4").orElseThrow();
        var kept = directory.classes();

        assertThat(directory.schoolClass(class4.id()))
                .contains(kept.stream()
                        .filter(c -> c.id().equals(class4.id()))
                        .findFirst()
                        .orElseThrow());
        assertThat(directory.schoolClass(class4.id()).orElseThrow().assistants())
                .containsExactly("ta");

        directory.updateClass(class4.id(), new ClassDetails("Class 4", "4", "Owls", "teacher4", Set.of("computing")));

        assertThat(directory.schoolClass(class4.id()).orElseThrow().assistants())
                .containsExactly("computing");
        assertThat(directory.schoolClass(new ClassId(java.util.UUID.randomUUID())))
                .isEmpty();
    }
}
