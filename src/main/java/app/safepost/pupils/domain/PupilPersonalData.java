package app.safepost.pupils.domain;

import app.safepost.audit.PersonalData;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What identifies a pupil in the audit trail: names and UPN, parents' e-mail addresses, who recorded a
 * consent decision (a parent's name, for the online form) and its free-text note. Only those who see
 * full pupil records (office, SLT) read them; governors see them hidden.
 */
@Component
class PupilPersonalData implements PersonalData {

    @Override
    public boolean covers(Class<?> entityClass) {
        return entityClass == Pupil.class
                || entityClass == ImageConsentRecord.class
                || entityClass == PupilConsent.class
                || entityClass == ConsentFormLink.class;
    }

    @Override
    public Set<String> fields() {
        return Set.of(
                "upn",
                "firstName",
                "surname",
                "preferredName",
                "note",
                "parentEmails",
                "recordedBy",
                "address",
                "answeredBy");
    }

    @Override
    public boolean visibleToCurrentUser() {
        return SignedInStaff.current()
                .map(s -> s.hasRole(Roles.OFFICE) || s.hasRole(Roles.SLT))
                .orElse(false);
    }
}
