package app.safepost.moderation.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.moderation.IncidentAction;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentStatus;
import app.safepost.moderation.ModerationRefused;
import app.safepost.moderation.StepKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A reported incident and where its handling stands (P10, P11). The state machine lives here:
 * REPORTED → IN_HAND at SLT's first action → CLOSED only with an outcome; nothing is recorded on a
 * closed incident except governors' comments. Each step is an {@link IncidentStep}.
 */
@Entity
@Table(name = "incident")
@Audited
public class Incident extends SchoolRecord {

    static final int MAX_TEXT = 4000;
    static final int MAX_DETAIL = 2000;
    static final int MAX_REFERENCE = 200;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IncidentCategory category;

    @Column(name = "what_happened", nullable = false, length = MAX_TEXT)
    private String whatHappened;

    @Column(length = 2000)
    private String links;

    @Column(name = "evidence_media_id")
    private UUID evidenceMediaId;

    @Column(nullable = false)
    private boolean serious;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IncidentStatus status = IncidentStatus.REPORTED;

    @Column(name = "reported_by", nullable = false, length = 120)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "first_action_at")
    private Instant firstActionAt;

    @Column(length = MAX_DETAIL)
    private String outcome;

    @Column(name = "closed_by", length = 120)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Incident() {}

    public Incident(
            UUID accountId,
            IncidentCategory category,
            String whatHappened,
            @Nullable String links,
            @Nullable UUID evidenceMediaId,
            boolean serious,
            String reportedBy,
            Instant reportedAt) {
        this.accountId = accountId;
        this.category = category;
        this.whatHappened = whatHappened;
        this.links = links;
        this.evidenceMediaId = evidenceMediaId;
        this.serious = serious;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    /**
     * Records an action of P11 or a note; refused (nothing changes) if the incident is closed or the
     * action lacks what it needs.
     *
     * @param today the school's date, so an escalation is never dated in the future
     */
    public IncidentStep record(
            IncidentAction action, @Nullable UUID followerId, String by, Instant at, LocalDate today) {
        IncidentRules.checkAction(status, action, followerId, today);
        var step = new IncidentStep(getId(), action.kind(), by, at, IncidentRules.trimmed(action.detail()));
        if (action.kind() == StepKind.ESCALATED) {
            step.escalation(
                    action.authority(),
                    action.authorityContact().strip(),
                    action.escalatedOn(),
                    action.reference().strip());
        } else if (action.kind() == StepKind.REPORTED_TO_PLATFORM) {
            step.reference(action.reference().strip());
        }
        step.follower(followerId);
        if (action.kind().isAction()) {
            if (firstActionAt == null) {
                firstActionAt = at;
            }
            status = IncidentStatus.IN_HAND;
        }
        return step;
    }

    /** Marks the incident serious; {@code null} if it already was. */
    public @Nullable IncidentStep markSerious(String reason, String by, Instant at) {
        if (status == IncidentStatus.CLOSED) {
            throw ModerationRefused.of("detail", "This incident is closed.");
        }
        if (serious) {
            return null;
        }
        serious = true;
        return new IncidentStep(getId(), StepKind.MARKED_SERIOUS, by, at, IncidentRules.trimmed(reason));
    }

    /** Closes the incident with its outcome; refused without one, or if it is already closed. */
    public IncidentStep close(@Nullable String outcome, String by, Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (status == IncidentStatus.CLOSED) {
            errors.put("outcome", "This incident is already closed.");
        } else if (outcome == null || outcome.isBlank()) {
            errors.put("outcome", "Say how the incident ended before closing it.");
        } else if (outcome.strip().length() > MAX_DETAIL) {
            errors.put("outcome", "At most " + MAX_DETAIL + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new ModerationRefused(errors);
        }
        this.outcome = outcome.strip();
        this.status = IncidentStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
        return new IncidentStep(getId(), StepKind.CLOSED, by, at, this.outcome);
    }

    /** A governor's comment: allowed at any time, also after closing. */
    public IncidentStep comment(@Nullable String text, String by, Instant at) {
        if (text == null || text.isBlank()) {
            throw ModerationRefused.of("comment", "Write your comment first.");
        }
        if (text.strip().length() > MAX_DETAIL) {
            throw ModerationRefused.of("comment", "At most " + MAX_DETAIL + " characters.");
        }
        return new IncidentStep(getId(), StepKind.COMMENT, by, at, text.strip());
    }

    public UUID getAccountId() {
        return accountId;
    }

    public IncidentCategory getCategory() {
        return category;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getLinks() {
        return links;
    }

    public UUID getEvidenceMediaId() {
        return evidenceMediaId;
    }

    public boolean isSerious() {
        return serious;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getFirstActionAt() {
        return firstActionAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
