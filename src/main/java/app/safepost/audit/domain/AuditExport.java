package app.safepost.audit.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/** One export of the audit trail: who took which entries out of the portal, when, in what format. */
@Entity
@Table(name = "audit_export")
@Audited
public class AuditExport extends SchoolRecord {

    @Column(nullable = false, length = 10)
    private String format;

    @Column(nullable = false, length = 1000)
    private String filter;

    @Column(nullable = false)
    private int entries;

    @Column(name = "exported_by", nullable = false, length = 120)
    private String exportedBy;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    protected AuditExport() {}

    public AuditExport(String format, String filter, int entries, String exportedBy, Instant exportedAt) {
        this.format = format;
        this.filter = filter.length() > 1000 ? filter.substring(0, 1000) : filter;
        this.entries = entries;
        this.exportedBy = exportedBy;
        this.exportedAt = exportedAt;
    }
}
