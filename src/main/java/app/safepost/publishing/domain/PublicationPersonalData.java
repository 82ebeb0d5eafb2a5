package app.safepost.publishing.domain;

import app.safepost.audit.PersonalData;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The UPNs of the pupils a sent post shows identify children: hidden in the audit trail from governors. */
@Component
class PublicationPersonalData implements PersonalData {

    @Override
    public boolean covers(Class<?> entityClass) {
        return entityClass == Publication.class;
    }

    @Override
    public Set<String> fields() {
        return Set.of("pupilUpns");
    }

    @Override
    public boolean visibleToCurrentUser() {
        return SignedInStaff.current()
                .map(s -> s.hasRole(Roles.OFFICE) || s.hasRole(Roles.SLT))
                .orElse(false);
    }
}
