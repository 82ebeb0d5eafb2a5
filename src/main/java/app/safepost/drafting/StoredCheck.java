package app.safepost.drafting;

import app.safepost.compliance.ComplianceResult;
import java.time.Instant;

/** A compliance result kept with the draft version it judged, and when and why it was run. */
public record StoredCheck(
        long draftVersion, CheckOccasion occasion, Instant checkedAt, String checkedBy, ComplianceResult result) {}
