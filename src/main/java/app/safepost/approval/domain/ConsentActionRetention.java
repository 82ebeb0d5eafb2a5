package app.safepost.approval.domain;

import app.safepost.audit.AuditTrail;
import app.safepost.pupils.PupilPseudonymised;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Retention reaches the "needs action" list: a pseudonymised pupil's UPN is replaced there and in its history. */
@Component
class ConsentActionRetention {

    private final ConsentActionRepository actions;
    private final AuditTrail auditTrail;

    ConsentActionRetention(ConsentActionRepository actions, AuditTrail auditTrail) {
        this.actions = actions;
        this.auditTrail = auditTrail;
    }

    @EventListener
    void pseudonymise(PupilPseudonymised pseudonymised) {
        var inHistory = new LinkedHashSet<>(actions.idsInHistoryWithUpn(pseudonymised.formerUpn()));
        for (var action : actions.findByUpn(pseudonymised.formerUpn())) {
            action.pseudonymise(pseudonymised.pseudonymousUpn());
            actions.save(action);
            inHistory.add(action.summary().id());
        }
        inHistory.forEach(id -> auditTrail.pseudonymiseHistory(
                ConsentAction.class, id, Map.of("upn", pseudonymised.pseudonymousUpn())));
    }
}
