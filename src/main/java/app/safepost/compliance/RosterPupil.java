package app.safepost.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One pupil as the checks need them. Archived pupils (left the school) stay in the index: their
 * names are still a child's names, and a photo listing them is an error.
 *
 * @param preferredName the name the pupil goes by (Tom for Thomas), or null
 * @param consents      the purposes parents said yes to (P14), each with its expiry
 * @param neverPublish  the Designated Safeguarding Lead's flag: the pupil may not appear in any post,
 *                      covered or not, nor be named
 */
public record RosterPupil(
        String upn,
        String firstName,
        String surname,
        @Nullable String preferredName,
        String className,
        List<PurposeConsent> consents,
        boolean neverPublish,
        boolean archived) {

    public RosterPupil {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(surname, "surname");
        if (preferredName != null && preferredName.isBlank()) {
            preferredName = null;
        }
        className = className == null ? "" : className;
        consents = consents == null ? List.of() : List.copyOf(consents);
    }

    /**
     * A pupil whose one image consent covers both social-media purposes without expiry, as a single
     * yes or no did before consent was kept per purpose.
     */
    public RosterPupil(
            String upn,
            String firstName,
            String surname,
            @Nullable String preferredName,
            String className,
            boolean imageConsent,
            boolean archived) {
        this(
                upn,
                firstName,
                surname,
                preferredName,
                className,
                imageConsent
                        ? List.of(
                                new PurposeConsent(AccountRules.Kind.CLASS.usualPurpose(), null),
                                new PurposeConsent(AccountRules.Kind.WHOLE_SCHOOL.usualPurpose(), null))
                        : List.of(),
                false,
                archived);
    }

    /** Where the pupil stands for this purpose on this day: a yes that expired counts as no. */
    public PurposeConsent.Standing consentFor(String purpose, LocalDate day) {
        for (var consent : consents) {
            if (consent.purpose().equals(purpose)) {
                return consent.holdsOn(day) ? PurposeConsent.Standing.GIVEN : PurposeConsent.Standing.EXPIRED;
            }
        }
        return PurposeConsent.Standing.NOT_GIVEN;
    }

    /** The expiry of the pupil's yes for this purpose, if it has one. */
    @Nullable
    LocalDate expiryOf(String purpose) {
        return consents.stream()
                .filter(c -> c.purpose().equals(purpose))
                .map(PurposeConsent::expiresOn)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
