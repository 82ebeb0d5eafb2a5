package app.safepost.pupils.domain;

import app.safepost.audit.PersonalData;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What identifies a pupil in the audit trail: names and UPN, and the free-text note of a consent
 * decision. Only those who see full pupil records (office, SLT) read them; governors see them hidden.
 */
@Component
class PupilPersonalData implements PersonalData {

    @Override
    public boolean covers(Class<?> entityClass) {
        return entityClass == Pupil.class || entityClass == ImageConsentRecord.class;
    }

    @Override
    public Set<String> fields() {
        return Set.of("upn", "firstName", "surname", "preferredName", "note");
    }

    @Override
    public boolean visibleToCurrentUser() {
        return SignedInStaff.current().map(s -> s.hasRole(Roles.OFFICE) || s.hasRole(Roles.SLT)).orElse(false);
    }
}
