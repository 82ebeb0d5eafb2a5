package app.safepost.approval.domain;

import app.safepost.audit.PersonalData;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The UPN of the pupil whose consent was withdrawn identifies a child: hidden in the audit trail from governors. */
@Component
class ConsentActionPersonalData implements PersonalData {

    @Override
    public boolean covers(Class<?> entityClass) {
        return entityClass == ConsentAction.class;
    }

    @Override
    public Set<String> fields() {
        return Set.of("upn");
    }

    @Override
    public boolean visibleToCurrentUser() {
        return SignedInStaff.current()
                .map(s -> s.hasRole(Roles.OFFICE) || s.hasRole(Roles.SLT))
                .orElse(false);
    }
}
