package app.safepost.school;

import org.jspecify.annotations.Nullable;

/**
 * What a device key presented with an upload says about where it came from (P3): nothing (no key),
 * the school iPad in service it enrols, or why it no longer counts.
 *
 * @param device  the enrolled device, when the key counts
 * @param refusal why a presented key does not count, when it does not
 */
public record DeviceRecognition(
        @Nullable DeviceSummary device, @Nullable Refusal refusal) {

    /** Why a presented key did not count. */
    public enum Refusal {
        /** No enrolment has this key, or it is not a key at all. */
        UNKNOWN_KEY,
        /** The office revoked the enrolment. */
        REVOKED,
        /** The device was enrolled again since, on this browser or another. */
        REPLACED,
        /** The device was retired. */
        DEVICE_RETIRED
    }

    /** No key was presented. */
    public static final DeviceRecognition NO_KEY = new DeviceRecognition(null, null);

    public static DeviceRecognition enrolled(DeviceSummary device) {
        return new DeviceRecognition(device, null);
    }

    public static DeviceRecognition refused(Refusal refusal) {
        return new DeviceRecognition(null, refusal);
    }

    /** Uploaded from a browser or client enrolled as a school device in service. */
    public boolean enrolled() {
        return device != null;
    }
}
