package app.safepost.policies;

import app.safepost.audit.AuditTrail;
import app.safepost.policies.domain.Policy;
import app.safepost.policies.domain.PolicyClauses;
import app.safepost.policies.domain.PolicyDocument;
import app.safepost.policies.domain.PolicyDocumentRepository;
import app.safepost.policies.domain.PolicyPdf;
import app.safepost.policies.domain.PolicyRepository;
import app.safepost.policies.domain.PolicyReview;
import app.safepost.policies.domain.PolicyReviewRepository;
import app.safepost.security.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's policy library (P17): every policy, with or without text in the portal, its versions,
 * the policies it is read with, the clauses that drive the software, and a PDF of any version.
 */
@Service
public class PolicyLibrary {

    private final PolicyRepository policies;
    private final PolicyDocumentRepository documents;
    private final PolicyReviewRepository reviews;
    private final AuditTrail auditTrail;

    PolicyLibrary(PolicyRepository policies, PolicyDocumentRepository documents, PolicyReviewRepository reviews,
                  AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
        this.policies = policies;
        this.documents = documents;
        this.reviews = reviews;
    }

    /** The audit trail explorer filtered to this policy: for those who read the audit trail. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public String historyLink(PolicyId id) {
        var policy = policies.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No policy " + id.value()));
        return auditTrail.historyLink(Policy.class, policy.getId());
    }

    /** Every policy in the library, by title. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PolicySummary> policies() {
        return policies.findByOrderByTitle().stream().map(this::summary).toList();
    }

    /** The policies whose text the portal holds, each with its adopted version. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PolicySummary> currentPolicies() {
        return policies().stream().filter(PolicySummary::hasText).toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PolicySummary> policy(PolicyId id) {
        return policies.findById(id.value()).map(this::summary);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PolicySummary> policyTitled(String title) {
        return policies.findByTitle(title).map(this::summary);
    }

    /** Every version of a policy, newest first; earlier versions stay readable. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PolicyVersion> versions(PolicyId id) {
        return documents.findByPolicyIdOrderByVersionNumberDesc(id.value()).stream().map(PolicyLibrary::version)
                .toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> version(PolicyId id, int number) {
        return documents.findByPolicyIdAndVersionNumber(id.value(), number).map(PolicyLibrary::version);
    }

    /** Clauses P1–P17 of the social-media policy and the features that enforce them. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<PolicyClause> clauses() {
        return PolicyClauses.all();
    }

    /** The clauses P1–P17 that a policy's adopted text speaks about (none for other policies). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PolicyClause> clausesOf(PolicyId id) {
        return documents.findByPolicyIdAndStatus(id.value(), PolicyDocument.Status.ADOPTED)
                .map(d -> PolicyClauses.in(d.getBody())).orElse(List.of());
    }

    /** A version as a PDF with its sign-off block. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public byte[] pdf(PolicyId id, int number) {
        return PolicyPdf.of(version(id, number).orElseThrow(() -> new PolicyChangeRefused("version",
                "There is no version " + number + " of this policy.")));
    }

    /** Adds a policy to the library, without text, unless it is there; {@code true} if added. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean addIfMissing(String title, String owner) {
        if (policies.findByTitle(title).isPresent()) {
            return false;
        }
        policies.save(new Policy(title, owner));
        return true;
    }

    /** Records that one policy is read with another (both ways); {@code true} if anything changed. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean readTogether(String title, String otherTitle) {
        var one = policies.findByTitle(title).orElseThrow();
        var other = policies.findByTitle(otherTitle).orElseThrow();
        boolean changed = one.readWith(otherTitle);
        return other.readWith(title) || changed;
    }

    /**
     * Stores a policy version unless it is already in the library; {@code true} if stored. The version is
     * adopted on the given date, as on paper before the portal: no sign-off is recorded for it.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean importIfMissing(String title, int version, String owner, LocalDate adoptedOn, LocalDate reviewDue,
                                   String text) {
        if (documents.existsByTitleAndVersionNumber(title, version)) {
            return false;
        }
        var policy = policies.findByTitle(title).orElseGet(() -> policies.save(new Policy(title, owner)));
        documents.findByPolicyIdAndStatus(policy.getId(), PolicyDocument.Status.ADOPTED)
                .ifPresent(PolicyDocument::supersede);
        documents.saveAndFlush(new PolicyDocument(policy, version, adoptedOn, reviewDue, text));
        return true;
    }

    private PolicySummary summary(Policy policy) {
        var adopted = documents.findByPolicyIdAndStatus(policy.getId(), PolicyDocument.Status.ADOPTED);
        var open = reviews.findByPolicyIdAndStatus(policy.getId(), PolicyReview.Status.OPEN).isPresent();
        return new PolicySummary(new PolicyId(policy.getId()), policy.getTitle(),
                adopted.map(PolicyDocument::getVersionNumber).orElse(0), policy.getOwner(),
                adopted.map(PolicyDocument::getAdoptedOn).orElse(null),
                adopted.map(PolicyDocument::getReviewDue).orElse(null), policy.getReadWith(), open);
    }

    static PolicyVersion version(PolicyDocument d) {
        var signOff = d.getSignedBy() == null ? null : new SignOff(d.getSignedBy(), d.getSignedByName(),
                d.getSignedOn(), d.getTextSha256(), d.getReviewDue(), d.getSignOffNote());
        return new PolicyVersion(new PolicyId(d.getPolicyId()), d.getTitle(), d.getVersionNumber(),
                d.getStatus() == PolicyDocument.Status.ADOPTED, d.getAdoptedOn(), d.getReviewDue(), d.getBody(),
                d.getTextSha256(), signOff);
    }
}
