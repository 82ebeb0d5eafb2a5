package app.safepost.subjectaccess.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** One export of everything held about a pupil: who took it, when, about whom, with names in incidents or not. */
@Entity
@Table(name = "subject_access_export")
@Audited
public class SubjectAccessExport extends SchoolRecord {

    @Column(name = "pupil_id", nullable = false)
    private UUID pupilId;

    @Column(name = "with_names", nullable = false)
    private boolean withNames;

    @Column(nullable = false, length = 10)
    private String via;

    @Column(name = "exported_by", nullable = false, length = 120)
    private String exportedBy;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    protected SubjectAccessExport() {}

    public SubjectAccessExport(UUID pupilId, boolean withNames, String via, String exportedBy, Instant exportedAt) {
        this.pupilId = pupilId;
        this.withNames = withNames;
        this.via = via;
        this.exportedBy = exportedBy;
        this.exportedAt = exportedAt;
    }

    public UUID getPupilId() {
        return pupilId;
    }

    public boolean isWithNames() {
        return withNames;
    }

    public String getVia() {
        return via;
    }

    public String getExportedBy() {
        return exportedBy;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }
}
