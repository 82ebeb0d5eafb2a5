package app.safepost.database;

import app.safepost.security.SchoolId;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * A record of one school's: every entity of a school's data extends it. Hibernate fills its school
 * from the school in hand when it is first saved and adds the school in hand to every query, load by
 * id included, so another school's record is simply not found; PostgreSQL's row-level security holds
 * the same line underneath (docs/decisions/0028-records-of-a-school-and-row-level-security.md).
 */
@MappedSuperclass
@Audited
public abstract class SchoolOwned {

    @TenantId
    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    /** The school the record belongs to; none before it is first saved. */
    public SchoolId school() {
        return schoolId == null ? null : new SchoolId(schoolId);
    }
}
