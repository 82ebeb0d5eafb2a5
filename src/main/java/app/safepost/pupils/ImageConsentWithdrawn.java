package app.safepost.pupils;

import app.safepost.school.ClassId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pupil may no longer be photographed for a purpose (P14). Published inside the transaction that
 * withdrew the consent, so listeners that flag drafts and published posts showing the pupil commit or
 * roll back with it. Carries what those listeners need to find the pupil in drafts (UPN, first and
 * preferred name, class) but never the surname.
 *
 * @param purpose the purpose's code: posts on accounts needing it are affected
 */
public record ImageConsentWithdrawn(
        PupilId pupilId,
        String upn,
        @Nullable String firstName,
        @Nullable String preferredName,
        ClassId classId,
        Instant withdrawnAt,
        ConsentSource source,
        String purpose) {}
