package app.safepost.database;

import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import java.util.UUID;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * The school a Hibernate session works in: the school in hand when the session opens (each
 * transaction opens its own). With no school in hand it is a school that does not exist, so a query
 * made without one finds nothing and a record saved without one is refused, rather than any school's.
 */
final class SchoolTenants implements CurrentTenantIdentifierResolver<UUID> {

    /** No school: matches no record. */
    static final UUID NO_SCHOOL = new UUID(0, 0);

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return SchoolInHand.current().map(SchoolId::value).orElse(NO_SCHOOL);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
