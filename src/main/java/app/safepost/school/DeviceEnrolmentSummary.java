package app.safepost.school;

import java.time.Instant;

/** A school device's current enrolment (P3): who enrolled a browser as that device, and when. */
public record DeviceEnrolmentSummary(DeviceId device, String enrolledBy, Instant enrolledAt) {}
