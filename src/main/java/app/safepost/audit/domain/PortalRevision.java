package app.safepost.audit.domain;

import app.safepost.security.SchoolId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One Envers revision: every audited change made in one transaction, with who made it and in which school. */
@Entity
@Table(name = "revision_info")
@RevisionEntity(RevisionAuthorListener.class)
public class PortalRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_info_seq")
    @SequenceGenerator(name = "revision_info_seq", sequenceName = "revision_info_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    /** Milliseconds since the epoch, UTC: the type Envers handles everywhere. */
    @RevisionTimestamp
    @Column(name = "rev_timestamp", nullable = false)
    private long timestamp;

    @Column(nullable = false, length = 120)
    private String username;

    /** The author's roles at the time, comma-separated and sorted. */
    @Column(nullable = false, length = 500)
    private String roles;

    /** The school in hand: the revision is a link of that school's chain. */
    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    public long getId() {
        return id;
    }

    public Instant getAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }

    public Set<String> getRoles() {
        var set = new TreeSet<String>();
        if (!roles.isBlank()) {
            set.addAll(Arrays.asList(roles.split(",")));
        }
        return set;
    }

    void recordAuthor(String username, Set<String> roles, SchoolId school) {
        this.username = username;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.schoolId = school.value();
    }

    public SchoolId getSchool() {
        return new SchoolId(schoolId);
    }
}
