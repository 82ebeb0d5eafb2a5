package app.safepost.moderation.domain;

import app.safepost.moderation.IncidentAction;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.IncidentStatus;
import app.safepost.moderation.ModerationRefused;
import app.safepost.moderation.StepKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a report and each action must carry; plain Java so a unit test reaches every rule. */
public final class IncidentRules {

    private IncidentRules() {}

    /** The report's problems by field; empty when it may be saved. */
    public static Map<String, String> problemsOf(IncidentReport report) {
        var errors = new LinkedHashMap<String, String>();
        if (report.account() == null) {
            errors.put("account", "Choose the account it happened on.");
        }
        if (report.category() == null) {
            errors.put("category", "Choose what kind of content it was.");
        }
        if (report.whatHappened() == null || report.whatHappened().isBlank()) {
            errors.put("whatHappened", "Say what happened: what was posted, where and when.");
        } else if (report.whatHappened().strip().length() > Incident.MAX_TEXT) {
            errors.put("whatHappened", "At most " + Incident.MAX_TEXT + " characters.");
        }
        if (report.links() != null && report.links().strip().length() > 2000) {
            errors.put("links", "At most 2000 characters.");
        } else if (report.links() != null && !report.links().isBlank()) {
            for (var link : report.links().strip().split("\\s+")) {
                if (!link.matches("(?i)https?://\\S+")) {
                    errors.put("links", "Give each link as a web address starting with https://, one per line.");
                    break;
                }
            }
        }
        return errors;
    }

    /** Throws with every problem of the action at once; returns quietly if it may be recorded. */
    static void checkAction(IncidentStatus status, IncidentAction action, @Nullable UUID followerId, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (status == IncidentStatus.CLOSED) {
            throw ModerationRefused.of("kind", "This incident is closed; nothing more can be recorded on it.");
        }
        var kind = action.kind();
        if (kind == null) {
            throw ModerationRefused.of("kind", "Choose the action taken.");
        }
        if (kind == StepKind.REPORTED
                || kind == StepKind.CLOSED
                || kind == StepKind.COMMENT
                || kind == StepKind.MARKED_SERIOUS) {
            throw ModerationRefused.of("kind", "That is not an action to record here.");
        }
        if (action.detail() != null && action.detail().strip().length() > Incident.MAX_DETAIL) {
            errors.put("detail", "At most " + Incident.MAX_DETAIL + " characters.");
        }
        if (kind == StepKind.NOTE && blank(action.detail())) {
            errors.put("detail", "Write the note first.");
        }
        if (kind == StepKind.ESCALATED) {
            if (action.authority() == null) {
                errors.put("authority", "Choose the authority it was escalated to.");
            }
            if (blank(action.authorityContact())) {
                errors.put("authorityContact", "Name who at the authority took it.");
            } else if (action.authorityContact().strip().length() > Incident.MAX_REFERENCE) {
                errors.put("authorityContact", "At most " + Incident.MAX_REFERENCE + " characters.");
            }
            if (action.escalatedOn() == null) {
                errors.put("escalatedOn", "Give the date it was escalated.");
            } else if (action.escalatedOn().isAfter(today)) {
                errors.put("escalatedOn", "The date cannot be in the future.");
            }
            requireReference(action, errors, "Give the authority's reference (crime or case number).");
        }
        if (kind == StepKind.REPORTED_TO_PLATFORM) {
            requireReference(action, errors, "Give the platform's reference for the report.");
        }
        if (kind == StepKind.USER_BLOCKED && followerId == null) {
            errors.put("follower", "Block the user in the follower register; the block is linked from there.");
        }
        if (!errors.isEmpty()) {
            throw new ModerationRefused(errors);
        }
    }

    private static void requireReference(IncidentAction action, Map<String, String> errors, String message) {
        if (blank(action.reference())) {
            errors.put("reference", message);
        } else if (action.reference().strip().length() > Incident.MAX_REFERENCE) {
            errors.put("reference", "At most " + Incident.MAX_REFERENCE + " characters.");
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static @Nullable String trimmed(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
