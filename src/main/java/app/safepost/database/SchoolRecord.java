package app.safepost.database;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A record of one school's with its own random id and an optimistic lock, as most of a school's records
 * are. Envers keeps the id in every {@code _aud} row and leaves the lock's count out, as it does for any
 * entity; records keyed by something else (an account's id) or written once without a lock extend
 * {@link SchoolOwned} directly. Records are equal only to themselves, as before this base existed.
 */
@MappedSuperclass
@Audited
public abstract class SchoolRecord extends SchoolOwned {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private @Nullable Long version;

    public UUID getId() {
        return id;
    }

    /** How many times the record was changed after it was first saved; 0 before then. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    /** Whether the record was ever saved. */
    protected boolean isSaved() {
        return version != null;
    }
}
