package app.safepost.pupils;

import java.time.LocalDate;

/** A pupil's yes for a purpose that expires soon, for the office to ask the parents again. */
public record ExpiringConsent(
        PupilId pupilId, String pupilName, String className, String purpose, String purposeName, LocalDate expiresOn) {}
