package app.safepost.pupils;

import app.safepost.school.ClassId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The Designated Safeguarding Lead flagged a pupil "never publish". Published inside that
 * transaction, so every draft and post that shows or names the pupil is listed for SLT and the DSL
 * is told. Carries the names listeners search posts for, never the surname and never the reason.
 */
public record NeverPublishSet(
        PupilId pupilId,
        String upn,
        String firstName,
        @Nullable String preferredName,
        ClassId classId,
        Instant setAt) {}
