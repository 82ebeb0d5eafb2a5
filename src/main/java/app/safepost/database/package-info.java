/**
 * Where the portal keeps its data: an embedded PostgreSQL server under the data directory when no
 * database URL is configured, otherwise the school's own PostgreSQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package app.safepost.database;
