/**
 * Where the portal keeps its data and how schools and instances share it. The database is an embedded
 * PostgreSQL 15 server under the data directory when no database URL is configured, otherwise the
 * school's or trust's own PostgreSQL ({@link app.safepost.database.DatabaseAddress} says how PostgreSQL's
 * tools reach either). Flyway migrates as the schema's owner; the portal works as a role that row-level
 * security holds ({@link app.safepost.database.PortalDatabaseRole}). Every record of a school's extends
 * {@link app.safepost.database.SchoolOwned}: Hibernate works in the school in hand and each pooled
 * connection tells PostgreSQL about it, so another school's rows are never seen. Most extend it through
 * {@link app.safepost.database.SchoolRecord}, which adds the random id and the optimistic lock. Several portal instances
 * may share one database: {@link app.safepost.database.PortalInstances} keeps start-up work to one at a
 * time and each daily job to one run, and {@link app.safepost.database.ChangeCounts} tells an instance
 * whether what it holds in memory is still current.
 */
@ApplicationModule(displayName = "Database")
@NullMarked
package app.safepost.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
