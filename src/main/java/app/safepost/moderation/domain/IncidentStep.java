package app.safepost.moderation.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.moderation.Authority;
import app.safepost.moderation.StepKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** One step in an incident's timeline: who did what, when, with its details. Written once. */
@Entity
@Table(name = "incident_step")
@Audited
public class IncidentStep extends SchoolRecord {

    @Column(name = "incident_id", nullable = false)
    private UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StepKind kind;

    @Column(name = "taken_by", nullable = false, length = 120)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(length = 2000)
    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Authority authority;

    @Column(name = "authority_contact", length = 200)
    private String authorityContact;

    @Column(name = "escalated_on")
    private LocalDate escalatedOn;

    @Column(length = 200)
    private String reference;

    @Column(name = "follower_id")
    private UUID followerId;

    protected IncidentStep() {}

    IncidentStep(UUID incidentId, StepKind kind, String takenBy, Instant takenAt, @Nullable String detail) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.detail = detail;
    }

    public static IncidentStep reported(Incident incident) {
        return new IncidentStep(
                incident.getId(), StepKind.REPORTED, incident.getReportedBy(), incident.getReportedAt(), null);
    }

    void escalation(Authority authority, String contact, LocalDate on, String reference) {
        this.authority = authority;
        this.authorityContact = contact;
        this.escalatedOn = on;
        this.reference = reference;
    }

    void reference(String reference) {
        this.reference = reference;
    }

    void follower(@Nullable UUID followerId) {
        this.followerId = followerId;
    }

    public UUID getIncidentId() {
        return incidentId;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getDetail() {
        return detail;
    }

    public Authority getAuthority() {
        return authority;
    }

    public String getAuthorityContact() {
        return authorityContact;
    }

    public LocalDate getEscalatedOn() {
        return escalatedOn;
    }

    public String getReference() {
        return reference;
    }

    public UUID getFollowerId() {
        return followerId;
    }
}
