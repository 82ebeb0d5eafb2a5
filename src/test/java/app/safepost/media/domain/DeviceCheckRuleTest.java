package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import app.safepost.media.DeviceCheck;
import app.safepost.school.DeviceId;
import app.safepost.school.DeviceRecognition;
import app.safepost.school.DeviceRecognition.Refusal;
import app.safepost.school.DeviceSummary;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The device check (P3) as a rule: serial numbers where cameras write them, else the enrolled iPad and its EXIF. */
class DeviceCheckRuleTest {

    private static final DeviceSummary CLASS_3_IPAD =
            device("iPad 02 (Class 3)", "iPad (9th generation)", "DMPX1002JGP2", true);
    private static final DeviceSummary RETIRED_IPAD = device("iPad 00 (old)", "iPad Air 2", "DMPX0000OLD", false);
    private static final DeviceRecognition FROM_CLASS_3_IPAD = DeviceRecognition.enrolled(CLASS_3_IPAD);

    private static DeviceSummary device(String label, String model, String serial, boolean inService) {
        return new DeviceSummary(new DeviceId(UUID.randomUUID()), label, "Apple", model, serial, inService, 0);
    }

    private static CameraTags camera(String make, String model, @Nullable String serial) {
        return new CameraTags(make, model, serial);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments(
                        "an iPad photo uploaded from the enrolled iPad passes",
                        camera("Apple", "iPad (9th generation)", null),
                        null,
                        FROM_CLASS_3_IPAD,
                        DeviceCheck.ENROLLED_IPAD,
                        CLASS_3_IPAD,
                        true),
                arguments(
                        "the model as the office typed it fits by letters and digits",
                        camera("APPLE", "iPad 9th Generation", null),
                        null,
                        FROM_CLASS_3_IPAD,
                        DeviceCheck.ENROLLED_IPAD,
                        CLASS_3_IPAD,
                        true),
                arguments(
                        "the same photo from a browser that is not enrolled is flagged",
                        camera("Apple", "iPad (9th generation)", null),
                        null,
                        DeviceRecognition.NO_KEY,
                        DeviceCheck.NOT_ENROLLED,
                        null,
                        false),
                arguments(
                        "another maker's photo from the enrolled iPad is flagged",
                        camera("Canon", "Canon EOS 250D", null),
                        null,
                        FROM_CLASS_3_IPAD,
                        DeviceCheck.OTHER_MAKER,
                        CLASS_3_IPAD,
                        true),
                arguments(
                        "an iPhone photo AirDropped to the enrolled iPad is flagged",
                        camera("Apple", "iPhone 15 Pro", null),
                        null,
                        FROM_CLASS_3_IPAD,
                        DeviceCheck.OTHER_MODEL,
                        CLASS_3_IPAD,
                        true),
                arguments(
                        "another iPad model than the register's is flagged",
                        camera("Apple", "iPad Pro (11-inch) (4th generation)", null),
                        null,
                        FROM_CLASS_3_IPAD,
                        DeviceCheck.OTHER_MODEL,
                        CLASS_3_IPAD,
                        true),
                arguments(
                        "a screenshot from the enrolled iPad has no camera details and is flagged",
                        null,
                        null,
                        FROM_CLASS_3_IPAD,
                        DeviceCheck.NO_CAMERA_DETAILS,
                        CLASS_3_IPAD,
                        true),
                arguments(
                        "a revoked key is flagged and ties the photo to no device",
                        camera("Apple", "iPad (9th generation)", null),
                        null,
                        DeviceRecognition.refused(Refusal.REVOKED),
                        DeviceCheck.ENROLMENT_REVOKED,
                        null,
                        false),
                arguments(
                        "a replaced key is flagged",
                        camera("Apple", "iPad (9th generation)", null),
                        null,
                        DeviceRecognition.refused(Refusal.REPLACED),
                        DeviceCheck.ENROLMENT_REPLACED,
                        null,
                        false),
                arguments(
                        "a retired iPad's key is flagged",
                        camera("Apple", "iPad (9th generation)", null),
                        null,
                        DeviceRecognition.refused(Refusal.DEVICE_RETIRED),
                        DeviceCheck.DEVICE_RETIRED,
                        null,
                        false),
                arguments(
                        "an unknown key is flagged",
                        camera("Apple", "iPad (9th generation)", null),
                        null,
                        DeviceRecognition.refused(Refusal.UNKNOWN_KEY),
                        DeviceCheck.UNKNOWN_KEY,
                        null,
                        false),
                arguments(
                        "a registered serial still counts, from any browser",
                        camera("Apple", "iPad (9th generation)", "DMPX1002JGP2"),
                        CLASS_3_IPAD,
                        DeviceRecognition.NO_KEY,
                        DeviceCheck.REGISTERED_SERIAL,
                        CLASS_3_IPAD,
                        false),
                arguments(
                        "a registered serial counts even with a revoked key",
                        camera("Apple", "iPad (9th generation)", "DMPX1002JGP2"),
                        CLASS_3_IPAD,
                        DeviceRecognition.refused(Refusal.REVOKED),
                        DeviceCheck.REGISTERED_SERIAL,
                        CLASS_3_IPAD,
                        false),
                arguments(
                        "a serial not on the register is flagged even from the enrolled iPad",
                        camera("Apple", "iPad (9th generation)", "F2LZ0000PERS"),
                        null,
                        FROM_CLASS_3_IPAD,
                        DeviceCheck.SERIAL_NOT_REGISTERED,
                        CLASS_3_IPAD,
                        true),
                arguments(
                        "a retired device's serial is flagged",
                        camera("Apple", "iPad Air 2", "DMPX0000OLD"),
                        RETIRED_IPAD,
                        DeviceRecognition.NO_KEY,
                        DeviceCheck.SERIAL_NOT_REGISTERED,
                        null,
                        false),
                arguments(
                        "a registered serial under another maker's name is flagged",
                        camera("Samsung", "Galaxy Tab", "DMPX1002JGP2"),
                        CLASS_3_IPAD,
                        DeviceRecognition.NO_KEY,
                        DeviceCheck.SERIAL_NOT_REGISTERED,
                        null,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges_where_a_photo_came_from(
            String rule,
            @Nullable CameraTags camera,
            @Nullable DeviceSummary serialDevice,
            DeviceRecognition uploadedFrom,
            DeviceCheck check,
            @Nullable DeviceSummary tiedTo,
            boolean enrolled) {
        var verdict = DeviceCheckRule.judge(camera, serialDevice, uploadedFrom);

        assertThat(verdict).isEqualTo(new DeviceCheckRule.Verdict(check, tiedTo, enrolled));
        assertThat(verdict.check().passes())
                .isEqualTo(check == DeviceCheck.ENROLLED_IPAD || check == DeviceCheck.REGISTERED_SERIAL);
    }

    @ParameterizedTest(name = "EXIF \"{0}\" against the register's \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            iPad (9th generation)          | iPad (9th generation)      | true
            iPad (9th generation)          | ipad 9th generation        | true
            iPad (10th generation)         | iPad (9th generation)      | false
            iPad                           | unknown                    | true
            iPhone 15                      | unknown                    | false
            iPad Air (5th generation)      | iPad Air (5th generation)  | true
            iPad mini (6th generation)     | iPad mini                  | false
            """)
    void an_ipad_model_fits_the_registers_model_where_it_names_one(String exif, String register, boolean fits) {
        assertThat(DeviceCheckRule.fitsModel(exif, register)).isEqualTo(fits);
    }
}
