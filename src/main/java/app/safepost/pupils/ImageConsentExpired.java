package app.safepost.pupils;

import java.time.LocalDate;

/**
 * A pupil's yes for a purpose expired: the night after its last day, the portal publishes this once,
 * inside the transaction that notes it, so that scheduled and published posts showing the pupil on
 * accounts needing the purpose are listed under "Needs action", as for a withdrawal.
 */
public record ImageConsentExpired(PupilId pupilId, String upn, String purpose, LocalDate expiredOn) {}
