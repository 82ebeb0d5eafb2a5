package app.safepost.drafting.domain;

import app.safepost.audit.AuditTrail;
import app.safepost.pupils.PupilPseudonymised;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Retention reaches drafts too: a pseudonymised pupil's UPN is replaced in the drafts that showed
 * them and in those records' audit history, in the retention run's own transaction and revision.
 */
@Component
class DraftRetention {

    private final DraftPupilRepository pupils;
    private final DraftFaceRepository faces;
    private final AuditTrail auditTrail;

    DraftRetention(DraftPupilRepository pupils, DraftFaceRepository faces, AuditTrail auditTrail) {
        this.pupils = pupils;
        this.faces = faces;
        this.auditTrail = auditTrail;
    }

    @EventListener
    void pseudonymise(PupilPseudonymised pseudonymised) {
        var newUpn = Map.of("upn", pseudonymised.pseudonymousUpn());
        var inHistory = new LinkedHashSet<>(pupils.idsInHistoryWithUpn(pseudonymised.formerUpn()));
        for (var shown : pupils.findByUpn(pseudonymised.formerUpn())) {
            shown.pseudonymise(pseudonymised.pseudonymousUpn());
            pupils.save(shown);
            inHistory.add(shown.getId());
        }
        inHistory.forEach(id -> auditTrail.pseudonymiseHistory(DraftPupil.class, id, newUpn));
        var facesInHistory = new LinkedHashSet<>(faces.idsInHistoryWithAssignment(pseudonymised.formerUpn()));
        for (var face : faces.findByAssignment(pseudonymised.formerUpn())) {
            face.pseudonymise(pseudonymised.pseudonymousUpn());
            faces.save(face);
            facesInHistory.add(face.getId());
        }
        var newAssignment = Map.of("assignment", pseudonymised.pseudonymousUpn());
        facesInHistory.forEach(id -> auditTrail.pseudonymiseHistory(DraftFace.class, id, newAssignment));
    }
}
