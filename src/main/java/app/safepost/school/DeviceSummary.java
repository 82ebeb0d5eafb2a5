package app.safepost.school;

/** A registered school device (P3: photos are taken on school iPads only). */
public record DeviceSummary(
        DeviceId id, String label, String make, String model, String serial, boolean inService, long version) {}
