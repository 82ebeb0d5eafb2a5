package app.safepost.moderation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action SLT record on an incident (P11). An escalation names the authority, who there, when and
 * their reference; a report to the platform gives the platform's reference.
 */
public record IncidentAction(
        @Nullable StepKind kind,
        @Nullable String detail,
        @Nullable Authority authority,
        @Nullable String authorityContact,
        @Nullable LocalDate escalatedOn,
        @Nullable String reference) {

    public static IncidentAction of(StepKind kind, String detail) {
        return new IncidentAction(kind, detail, null, null, null, null);
    }

    public static IncidentAction escalation(
            Authority authority, String contact, LocalDate on, String reference, String detail) {
        return new IncidentAction(StepKind.ESCALATED, detail, authority, contact, on, reference);
    }
}
