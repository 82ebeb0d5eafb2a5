package app.safepost.backups;

import javax.sql.DataSource;

/**
 * A module's own check of a restored copy of the database, beyond the row counts the restore drill
 * compares: the audit module checks the revision chain through its integrity check. Implementations
 * are Spring beans; the drill calls each, as the portal itself, with the copy open.
 */
public interface RestoredCopyCheck {

    /** Checks the copy (read only: it is dropped afterwards). */
    CopyVerdict check(DataSource copy);
}
