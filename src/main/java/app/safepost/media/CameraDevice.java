package app.safepost.media;

import org.jspecify.annotations.Nullable;

/**
 * Where a photo came from (P3): the camera its metadata names, read before the metadata is stripped,
 * and the school device it was uploaded from or whose serial it carries.
 *
 * @param make       the EXIF make; empty when the photo names none
 * @param model      the EXIF model; empty when the photo names none
 * @param registered whether it passes the device check: taken on a school device in service, by its
 *                   serial or as uploaded from an enrolled school iPad whose camera details fit it
 * @param check      what the device check found, and so why a photo is flagged
 * @param enrolled   whether it was uploaded from a browser or client enrolled as a school iPad in service
 * @param label      the register's label of the school device it is tied to, by serial or enrolment
 */
public record CameraDevice(
        String make,
        String model,
        @Nullable String serial,
        boolean registered,
        DeviceCheck check,
        boolean enrolled,
        @Nullable String label) {

    /** The device check in plain words, as a sentence for the screens. */
    public String explanation() {
        var camera = camera();
        return switch (check) {
            case REGISTERED_SERIAL -> "Taken on a registered school device (" + camera + ").";
            case ENROLLED_IPAD ->
                "Taken on a school iPad: uploaded from " + label + ", an enrolled school iPad,"
                        + " and its camera details fit (" + camera + ").";
            case SERIAL_NOT_REGISTERED ->
                flagged("its camera's serial number is not that of a school device in service (" + camera + ")");
            case NOT_ENROLLED ->
                flagged("uploaded from a browser that is not an enrolled school iPad"
                        + (camera.isEmpty() ? "" : " (" + camera + ")"));
            case UNKNOWN_KEY -> flagged("uploaded from a browser whose school iPad enrolment the portal does not know");
            case ENROLMENT_REVOKED -> flagged("uploaded from a browser whose school iPad enrolment was revoked");
            case ENROLMENT_REPLACED ->
                flagged("uploaded from a browser whose school iPad enrolment was replaced by a" + " newer one");
            case DEVICE_RETIRED -> flagged("uploaded from a browser enrolled as a school iPad that has been retired");
            case NO_CAMERA_DETAILS ->
                flagged("uploaded from " + label + ", an enrolled school iPad, but the photo has no"
                        + " camera details, so it may be a screenshot or a picture saved from elsewhere");
            case OTHER_MAKER ->
                flagged("uploaded from " + label + ", an enrolled school iPad, but its camera details name"
                        + " another maker (" + (make.isEmpty() ? "none" : make) + ")");
            case OTHER_MODEL ->
                flagged("uploaded from " + label + ", an enrolled school iPad, but its camera details name"
                        + " another model (" + (model.isEmpty() ? "none" : camera) + ")");
        };
    }

    private String camera() {
        return ((make + " " + model).strip() + (serial == null ? "" : ", serial " + serial)).replaceFirst("^, ", "");
    }

    private static String flagged(String why) {
        return "Not shown to be from a school iPad: " + why + ".";
    }
}
