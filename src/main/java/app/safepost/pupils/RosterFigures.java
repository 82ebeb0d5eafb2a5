package app.safepost.pupils;

/** Counts for a dashboard: pupils on roll and how many may not be photographed. */
public record RosterFigures(long pupilsOnRoll, long withoutImageConsent) {}
