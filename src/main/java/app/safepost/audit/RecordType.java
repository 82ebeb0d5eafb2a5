package app.safepost.audit;

/**
 * A kind of audited record as the explorer and the API name it.
 *
 * @param name  the API's name, e.g. {@code pupil}, {@code school-profile}
 * @param label what screens call it, e.g. "School profile"
 */
public record RecordType(String name, String label) {}
