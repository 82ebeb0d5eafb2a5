package app.safepost.media;

/**
 * What the device check (P3) found for a photo: whether it counts as taken on a school iPad, and why.
 * A photo passes by its camera's serial number or by coming from an enrolled school iPad whose camera
 * details fit it; every other photo is flagged and needs SLT's reason at approval.
 */
public enum DeviceCheck {

    /** Its EXIF serial is that of a school device in service on the register. */
    REGISTERED_SERIAL(true, "serial"),
    /** Uploaded from an enrolled school iPad in service, and its EXIF make and model fit that iPad. */
    ENROLLED_IPAD(true, "enrolled-ipad"),
    /** Its EXIF serial is not that of a school device in service. */
    SERIAL_NOT_REGISTERED(false, "serial-not-registered"),
    /** Uploaded from a browser or client that presented no device key. */
    NOT_ENROLLED(false, "not-enrolled"),
    /** The device key presented is not one the portal knows. */
    UNKNOWN_KEY(false, "unknown-key"),
    /** The device key presented was revoked by the office. */
    ENROLMENT_REVOKED(false, "enrolment-revoked"),
    /** The device key presented was replaced by a newer enrolment of its iPad. */
    ENROLMENT_REPLACED(false, "enrolment-replaced"),
    /** The device key presented belongs to an iPad that has been retired. */
    DEVICE_RETIRED(false, "device-retired"),
    /** Uploaded from an enrolled school iPad, but the photo has no camera details. */
    NO_CAMERA_DETAILS(false, "no-camera-details"),
    /** Uploaded from an enrolled school iPad, but the camera details name another maker. */
    OTHER_MAKER(false, "other-maker"),
    /** Uploaded from an enrolled school iPad, but the camera details name another model. */
    OTHER_MODEL(false, "other-model");

    private final boolean passes;
    private final String apiName;

    DeviceCheck(boolean passes, String apiName) {
        this.passes = passes;
        this.apiName = apiName;
    }

    /** Whether the photo counts as taken on a school iPad; otherwise SLT give a reason to approve it. */
    public boolean passes() {
        return passes;
    }

    /** The name the API uses. */
    public String apiName() {
        return apiName;
    }
}
