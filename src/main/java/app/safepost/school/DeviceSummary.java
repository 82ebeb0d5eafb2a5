package app.safepost.school;

/** A registered school device. */
public record DeviceSummary(String label, String make, String model, String serial, boolean inService) {
}
