package app.safepost.pupils;

/**
 * A pupil who left long ago now goes by a pseudonymous UPN (retention). Published inside the
 * retention run's transaction, so modules that keep the old UPN in their own records (drafts that
 * showed the pupil) replace it there and in their audit history, in the same revision.
 */
public record PupilPseudonymised(PupilId pupilId, String formerUpn, String pseudonymousUpn) {}
