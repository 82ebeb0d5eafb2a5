package app.safepost.drafting.domain;

import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Finding;
import app.safepost.compliance.Severity;
import app.safepost.compliance.Verdict;
import app.safepost.database.SchoolOwned;
import app.safepost.drafting.CheckOccasion;
import app.safepost.drafting.StoredCheck;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A compliance result stored with the draft version it judged. Written once, never changed, so it
 * is not audited: the draft's own revisions say who changed the draft.
 */
@Entity
@Table(name = "draft_check")
public class DraftCheck extends SchoolOwned {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "draft_id", nullable = false)
    private UUID draftId;

    @Column(name = "draft_version", nullable = false)
    private long draftVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CheckOccasion occasion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Verdict verdict;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, length = 120)
    private String checkedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "draft_check_finding", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<StoredFinding> findings = new ArrayList<>();

    protected DraftCheck() {}

    public DraftCheck(
            UUID draftId,
            long draftVersion,
            CheckOccasion occasion,
            ComplianceResult result,
            Instant checkedAt,
            String checkedBy) {
        this.draftId = draftId;
        this.draftVersion = draftVersion;
        this.occasion = occasion;
        this.verdict = result.verdict();
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
        result.findings().forEach(f -> findings.add(new StoredFinding(f)));
    }

    public StoredCheck toStoredCheck() {
        return new StoredCheck(
                draftVersion,
                occasion,
                checkedAt,
                checkedBy,
                new ComplianceResult(
                        verdict, findings.stream().map(StoredFinding::toFinding).toList()));
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public UUID getDraftId() {
        return draftId;
    }

    public long getDraftVersion() {
        return draftVersion;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    @Embeddable
    public static class StoredFinding {

        @Column(nullable = false, length = 20)
        private String clause;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 10)
        private Severity severity;

        @Column(nullable = false, length = 1000)
        private String message;

        @Column(name = "start_at", nullable = false)
        private int start;

        @Column(name = "end_at", nullable = false)
        private int end;

        @Column(name = "alt_text", nullable = false)
        private int altText;

        protected StoredFinding() {}

        StoredFinding(Finding finding) {
            clause = finding.clause();
            severity = finding.severity();
            message = finding.message().length() > 1000 ? finding.message().substring(0, 1000) : finding.message();
            start = finding.start();
            end = finding.end();
            altText = finding.altText();
        }

        Finding toFinding() {
            return new Finding(clause, severity, message, start, end, altText);
        }
    }
}
