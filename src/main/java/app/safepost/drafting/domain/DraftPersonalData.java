package app.safepost.drafting.domain;

import app.safepost.audit.PersonalData;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The UPN of a pupil shown in a draft's photo, or given for a face in it, identifies a child: hidden in the
 * audit trail from governors.
 */
@Component
class DraftPersonalData implements PersonalData {

    @Override
    public boolean covers(Class<?> entityClass) {
        return entityClass == DraftPupil.class || entityClass == DraftFace.class;
    }

    @Override
    public Set<String> fields() {
        return Set.of("upn", "assignment");
    }

    @Override
    public boolean visibleToCurrentUser() {
        return SignedInStaff.current()
                .map(s -> s.hasRole(Roles.OFFICE) || s.hasRole(Roles.SLT))
                .orElse(false);
    }
}
