package app.safepost.media.domain;

import app.safepost.media.DeviceCheck;
import app.safepost.school.DeviceRecognition;
import app.safepost.school.DeviceSummary;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The device check (P3) as a rule. A serial number in the EXIF decides where a camera writes one: a
 * school device in service of the same make passes, anything else is flagged. iPads write none, so
 * otherwise the photo passes only when uploaded from a browser enrolled as a school iPad in service and
 * its EXIF names an Apple iPad of that iPad's registered model. Plain Java: unit tests reach it directly.
 */
public final class DeviceCheckRule {

    /**
     * @param check    what the check found
     * @param device   the register entry the photo is tied to, by serial or by enrolment
     * @param enrolled uploaded from a browser or client enrolled as a school iPad in service
     */
    public record Verdict(DeviceCheck check, @Nullable DeviceSummary device, boolean enrolled) {}

    private static final String APPLE = "apple";
    private static final String IPAD = "ipad";

    private DeviceCheckRule() {}

    /**
     * @param camera       what the EXIF says, if anything
     * @param serialDevice the register entry with the EXIF's serial number, if any
     * @param uploadedFrom what the device key presented with the upload says
     */
    public static Verdict judge(
            @Nullable CameraTags camera, @Nullable DeviceSummary serialDevice, DeviceRecognition uploadedFrom) {
        var enrolled = uploadedFrom.device();
        if (camera != null && camera.serial() != null) {
            if (serialDevice != null
                    && serialDevice.inService()
                    && (camera.make().isEmpty() || serialDevice.make().equalsIgnoreCase(camera.make()))) {
                return new Verdict(DeviceCheck.REGISTERED_SERIAL, serialDevice, enrolled != null);
            }
            return new Verdict(DeviceCheck.SERIAL_NOT_REGISTERED, enrolled, enrolled != null);
        }
        if (uploadedFrom.refusal() != null) {
            return new Verdict(
                    switch (uploadedFrom.refusal()) {
                        case UNKNOWN_KEY -> DeviceCheck.UNKNOWN_KEY;
                        case REVOKED -> DeviceCheck.ENROLMENT_REVOKED;
                        case REPLACED -> DeviceCheck.ENROLMENT_REPLACED;
                        case DEVICE_RETIRED -> DeviceCheck.DEVICE_RETIRED;
                    },
                    null,
                    false);
        }
        if (enrolled == null) {
            return new Verdict(DeviceCheck.NOT_ENROLLED, null, false);
        }
        if (camera == null || camera.make().isEmpty() && camera.model().isEmpty()) {
            return new Verdict(DeviceCheck.NO_CAMERA_DETAILS, enrolled, true);
        }
        if (!APPLE.equals(simplified(camera.make()))) {
            return new Verdict(DeviceCheck.OTHER_MAKER, enrolled, true);
        }
        return new Verdict(
                fitsModel(camera.model(), enrolled.model()) ? DeviceCheck.ENROLLED_IPAD : DeviceCheck.OTHER_MODEL,
                enrolled,
                true);
    }

    /**
     * An iPad model, and the register's model where the register names one: compared by letters and
     * digits only, so "iPad (9th generation)" fits "iPad 9th Generation".
     */
    static boolean fitsModel(String exifModel, String registerModel) {
        var photo = simplified(exifModel);
        var register = simplified(registerModel);
        return photo.startsWith(IPAD) && (!register.startsWith(IPAD) || register.equals(photo));
    }

    private static String simplified(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
