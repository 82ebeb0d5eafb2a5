package app.safepost.notifications.domain;

import app.safepost.audit.PersonalData;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What an e-mail in the outbox says and to whom: an e-mail to a parent names their child and carries
 * their address, so in the audit trail only those who see pupils' records (office, SLT) read them.
 */
@Component
class EmailPersonalData implements PersonalData {

    @Override
    public boolean covers(Class<?> entityClass) {
        return entityClass == OutboundEmail.class;
    }

    @Override
    public Set<String> fields() {
        return Set.of("address", "subject", "body");
    }

    @Override
    public boolean visibleToCurrentUser() {
        return SignedInStaff.current()
                .map(s -> s.hasRole(Roles.OFFICE) || s.hasRole(Roles.SLT))
                .orElse(false);
    }
}
