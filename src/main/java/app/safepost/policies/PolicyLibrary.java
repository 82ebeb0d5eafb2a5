package app.safepost.policies;

import app.safepost.audit.AuditTrail;
import app.safepost.compliance.NameMask;
import app.safepost.policies.domain.Policy;
import app.safepost.policies.domain.PolicyClauses;
import app.safepost.policies.domain.PolicyDocument;
import app.safepost.policies.domain.PolicyDocumentRepository;
import app.safepost.policies.domain.PolicyPdf;
import app.safepost.policies.domain.PolicyRepository;
import app.safepost.policies.domain.PolicyReview;
import app.safepost.policies.domain.PolicyReviewRepository;
import app.safepost.pupils.PupilNameMask;
import app.safepost.school.Schools;
import app.safepost.security.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's policy library (P17): every policy, with or without text in the portal, its versions,
 * the policies it is read with, the clauses that drive the software, and a PDF of any version. Readers
 * who may not read pupils' names get a version with any pupil's full name in its text masked and the
 * head teacher's sign-off note masked (docs/decisions/0021-one-name-mask.md).
 */
@Service
public class PolicyLibrary {

    private final PolicyRepository policies;
    private final PolicyDocumentRepository documents;
    private final PolicyReviewRepository reviews;
    private final AuditTrail auditTrail;
    private final PupilNameMask pupilNames;
    private final Schools schools;

    PolicyLibrary(
            PolicyRepository policies,
            PolicyDocumentRepository documents,
            PolicyReviewRepository reviews,
            AuditTrail auditTrail,
            PupilNameMask pupilNames,
            Schools schools) {
        this.schools = schools;
        this.auditTrail = auditTrail;
        this.pupilNames = pupilNames;
        this.policies = policies;
        this.documents = documents;
        this.reviews = reviews;
    }

    /** The audit trail explorer filtered to this policy: for those who read the audit trail. */
    @PreAuthorize(Roles.IS_SLT_GOVERNOR_OR_TRUST)
    @Transactional(readOnly = true)
    public String historyLink(PolicyId id) {
        var policy = policies.findById(id.value())
                .orElseThrow(() -> new IllegalArgumentException("No policy " + id.value()));
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
        var mask = pupilNames.forReader();
        return documents.findByPolicyIdOrderByVersionNumberDesc(id.value()).stream()
                .map(d -> forReader(version(d), mask))
                .toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PolicyVersion> version(PolicyId id, int number) {
        var mask = pupilNames.forReader();
        return documents.findByPolicyIdAndVersionNumber(id.value(), number).map(d -> forReader(version(d), mask));
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
        return documents
                .findByPolicyIdAndStatus(id.value(), PolicyDocument.Status.ADOPTED)
                .map(d -> PolicyClauses.in(d.getBody()))
                .orElse(List.of());
    }

    /** A version as a PDF with its sign-off block, in the name of the school whose policy it is. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public byte[] pdf(PolicyId id, int number) {
        var version = version(id, number)
                .orElseThrow(
                        () -> new PolicyChangeRefused("version", "There is no version " + number + " of this policy."));
        return PolicyPdf.of(version, schools.letterhead());
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
    public boolean importIfMissing(
            String title, int version, String owner, LocalDate adoptedOn, LocalDate reviewDue, String text) {
        if (documents.existsByTitleAndVersionNumber(title, version)) {
            return false;
        }
        var policy = policies.findByTitle(title).orElseGet(() -> policies.save(new Policy(title, owner)));
        documents
                .findByPolicyIdAndStatus(policy.getId(), PolicyDocument.Status.ADOPTED)
                .ifPresent(PolicyDocument::supersede);
        documents.saveAndFlush(new PolicyDocument(policy, version, adoptedOn, reviewDue, text));
        return true;
    }

    private PolicySummary summary(Policy policy) {
        var adopted = documents.findByPolicyIdAndStatus(policy.getId(), PolicyDocument.Status.ADOPTED);
        var open = reviews.findByPolicyIdAndStatus(policy.getId(), PolicyReview.Status.OPEN)
                .isPresent();
        return new PolicySummary(
                new PolicyId(policy.getId()),
                policy.getTitle(),
                adopted.map(PolicyDocument::getVersionNumber).orElse(0),
                policy.getOwner(),
                adopted.map(PolicyDocument::getAdoptedOn).orElse(null),
                adopted.map(PolicyDocument::getReviewDue).orElse(null),
                policy.getReadWith(),
                open);
    }

    /**
     * The version as a reader who may not read pupils' names reads it: the policy is a document the
     * school publishes and governors review word by word, so only full names are masked in its text;
     * the head's note on signing is masked as any other free text.
     */
    static PolicyVersion forReader(PolicyVersion v, NameMask mask) {
        if (!mask.masks()) {
            return v;
        }
        var s = v.signOff();
        var signOff = s == null
                ? null
                : new SignOff(
                        s.signedBy(),
                        s.signedByName(),
                        s.signedOn(),
                        s.textSha256(),
                        s.nextReviewDue(),
                        mask.mask(s.overrideReason()));
        return new PolicyVersion(
                v.policyId(),
                mask.maskFullNames(v.title()),
                v.number(),
                v.adopted(),
                v.adoptedOn(),
                v.reviewDue(),
                mask.maskFullNames(v.text()),
                v.textSha256(),
                signOff);
    }

    static PolicyVersion version(PolicyDocument d) {
        var signOff = d.getSignedBy() == null
                ? null
                : new SignOff(
                        d.getSignedBy(),
                        d.getSignedByName(),
                        d.getSignedOn(),
                        d.getTextSha256(),
                        d.getReviewDue(),
                        d.getSignOffNote());
        return new PolicyVersion(
                new PolicyId(d.getPolicyId()),
                d.getTitle(),
                d.getVersionNumber(),
                d.getStatus() == PolicyDocument.Status.ADOPTED,
                d.getAdoptedOn(),
                d.getReviewDue(),
                d.getBody(),
                d.getTextSha256(),
                signOff);
    }
}
