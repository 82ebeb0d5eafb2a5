/**
 * Backups the school does not have to remember: every night one consistent pg_dump of the portal's
 * database (photos and the audit trail are in it) into the backup directory, with its checksum and
 * rotation, and every week a restore drill that restores the latest backup into a scratch database
 * and checks it (row counts, and each module's own check of a copy: the revision chain). The result
 * on SLT's home page and the Audit integrity screen.
 */
@ApplicationModule(displayName = "Backups")
@NullMarked
package app.safepost.backups;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
