package app.safepost.policies;

import app.safepost.policies.domain.PolicyDocument;
import app.safepost.policies.domain.PolicyDocumentRepository;
import app.safepost.security.Roles;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's policies: each policy's current version. */
@Service
public class PolicyLibrary {

    private final PolicyDocumentRepository documents;

    PolicyLibrary(PolicyDocumentRepository documents) {
        this.documents = documents;
    }

    /** The newest version of every policy. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PolicySummary> currentPolicies() {
        var newest = new LinkedHashMap<String, PolicyDocument>();
        for (var document : documents.findByOrderByTitleAscVersionNumberDesc()) {
            newest.putIfAbsent(document.getTitle(), document);
        }
        return newest.values().stream().map(d -> new PolicySummary(d.getTitle(), d.getVersionNumber(),
                d.getOwner(), d.getAdoptedOn(), d.getReviewDue())).toList();
    }

    /** Stores a policy version unless it is already in the library; {@code true} if stored. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean importIfMissing(String title, int version, String owner, LocalDate adoptedOn, LocalDate reviewDue,
                                   String text) {
        if (documents.existsByTitleAndVersionNumber(title, version)) {
            return false;
        }
        documents.save(new PolicyDocument(title, version, owner, adoptedOn, reviewDue, text));
        return true;
    }
}
