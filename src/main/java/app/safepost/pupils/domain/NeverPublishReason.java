package app.safepost.pupils.domain;

import app.safepost.audit.PersonalData;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Why a pupil may never be published: in the audit trail too, only the DSL and the head teacher read it. */
@Component
class NeverPublishReason implements PersonalData {

    @Override
    public boolean covers(Class<?> entityClass) {
        return entityClass == NeverPublishFlag.class;
    }

    @Override
    public Set<String> fields() {
        return Set.of("reason");
    }

    @Override
    public boolean visibleToCurrentUser() {
        return SignedInStaff.current()
                .map(s -> s.hasRole(Roles.DSL) || s.hasRole(Roles.HEAD_TEACHER))
                .orElse(false);
    }
}
