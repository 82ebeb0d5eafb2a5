package app.safepost.policies;

import app.safepost.common.CsvCells;
import app.safepost.common.SchoolTime;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.policies.domain.PolicyAcknowledgement;
import app.safepost.policies.domain.PolicyAcknowledgementRepository;
import app.safepost.policies.domain.PolicyDocument;
import app.safepost.policies.domain.PolicyDocumentRepository;
import app.safepost.policies.domain.PolicyRepository;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff acknowledgements of a policy's adopted version (P8): every member of staff reads it and confirms
 * the staff rules; SLT see who has and has not, remind those who have not, and export the list.
 * Governors are not staff of the school and are not asked.
 */
@Service
public class Acknowledgements {

    static final String SECURE_ACCOUNT = "I follow the school's accounts only from a secure, private account.";
    static final String NO_PARENTS_OR_PUPILS = "I never follow parents or pupils.";

    private final PolicyRepository policies;
    private final PolicyDocumentRepository documents;
    private final PolicyAcknowledgementRepository acknowledgements;
    private final SchoolDirectory directory;
    private final Notices notices;
    private final Clock clock;

    Acknowledgements(
            PolicyRepository policies,
            PolicyDocumentRepository documents,
            PolicyAcknowledgementRepository acknowledgements,
            SchoolDirectory directory,
            Notices notices,
            Clock clock) {
        this.policies = policies;
        this.documents = documents;
        this.acknowledgements = acknowledgements;
        this.directory = directory;
        this.notices = notices;
        this.clock = clock;
    }

    /** The two staff rules each member of staff confirms, in the policy's words. */
    public static List<String> staffRules() {
        return List.of(SECURE_ACCOUNT, NO_PARENTS_OR_PUPILS);
    }

    /** Whether someone with these roles is staff who must acknowledge policies. */
    static boolean mustAcknowledge(StaffSummary member) {
        var roles = Roles.effective(member.roles());
        roles.remove(Roles.GOVERNOR);
        return !roles.isEmpty();
    }

    /** The adopted policies the signed-in person has still to read and confirm. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PolicySummary> awaitingMine() {
        var me = SignedInStaff.current().orElseThrow();
        var staff = new StaffSummary(me.username(), me.displayName(), me.email(), me.roles(), List.of());
        if (!mustAcknowledge(staff)) {
            return List.of();
        }
        var waiting = new ArrayList<PolicySummary>();
        for (var document : documents.findByStatus(PolicyDocument.Status.ADOPTED)) {
            if (!acknowledgements.existsByDocumentIdAndUsername(document.getId(), me.username())) {
                waiting.add(new PolicySummary(
                        new PolicyId(document.getPolicyId()),
                        document.getTitle(),
                        document.getVersionNumber(),
                        document.getOwner(),
                        document.getAdoptedOn(),
                        document.getReviewDue(),
                        List.of(),
                        false));
            }
        }
        waiting.sort(Comparator.comparing(PolicySummary::title));
        return waiting;
    }

    /** Whether the signed-in person has confirmed the adopted version of this policy. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public boolean hasAcknowledged(PolicyId id) {
        var me = SignedInStaff.current().orElseThrow().username();
        return adopted(id)
                .map(d -> acknowledgements.existsByDocumentIdAndUsername(d.getId(), me))
                .orElse(true);
    }

    /**
     * The signed-in person confirms they have read this version and follow both staff rules. Confirming
     * twice changes nothing.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void acknowledge(PolicyId id, int version, boolean secureAccount, boolean noParentsOrPupils) {
        var errors = new LinkedHashMap<String, String>();
        var document = adopted(id).orElseThrow(() -> new PolicyChangeRefused("version", "This policy has no text."));
        if (document.getVersionNumber() != version) {
            errors.put("version", "Version " + document.getVersionNumber() + " is now in force: read it first.");
        }
        if (!secureAccount) {
            errors.put("secureAccount", "Confirm that you follow the school only from a secure, private account.");
        }
        if (!noParentsOrPupils) {
            errors.put("noParentsOrPupils", "Confirm that you never follow parents or pupils.");
        }
        if (!errors.isEmpty()) {
            throw new PolicyChangeRefused(errors);
        }
        var me = SignedInStaff.current().orElseThrow();
        if (!acknowledgements.existsByDocumentIdAndUsername(document.getId(), me.username())) {
            acknowledgements.save(
                    new PolicyAcknowledgement(document.getId(), me.username(), me.displayName(), clock.instant()));
        }
    }

    /** Every member of staff and whether they have confirmed the adopted version; those who have not come first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<AcknowledgementStatus> status(PolicyId id) {
        var document = adopted(id);
        if (document.isEmpty()) {
            return List.of();
        }
        var confirmed = acknowledgements.findByDocumentId(document.get().getId()).stream()
                .collect(Collectors.toMap(PolicyAcknowledgement::getUsername, PolicyAcknowledgement::getConfirmedAt));
        return directory.staff().stream()
                .filter(Acknowledgements::mustAcknowledge)
                .map(s -> new AcknowledgementStatus(
                        s.username(),
                        s.displayName(),
                        Roles.effective(s.roles()).stream()
                                .map(Roles::label)
                                .sorted()
                                .collect(Collectors.joining(", ")),
                        confirmed.get(s.username())))
                .sorted(Comparator.comparing(AcknowledgementStatus::confirmed)
                        .thenComparing(AcknowledgementStatus::displayName))
                .toList();
    }

    /** The acknowledgement list as CSV for SLT's records: cells can never run as spreadsheet formulas. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public String csv(PolicyId id) {
        var document = adopted(id).orElseThrow(() -> new PolicyChangeRefused("policy", "This policy has no text."));
        var rows = status(id).stream()
                .map(s -> List.of(
                        s.displayName(),
                        s.username(),
                        s.roles(),
                        s.confirmed() ? "yes" : "no",
                        s.confirmedAt() == null ? "" : SchoolTime.dateTime(s.confirmedAt())))
                .toList();
        return CsvCells.write(
                List.of(
                        "Name",
                        "Username",
                        "Roles",
                        "Confirmed version " + document.getVersionNumber(),
                        "Confirmed at (UK time)"),
                rows);
    }

    /** Reminds everyone who has not confirmed the adopted version, in the app and by e-mail; returns how many. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public int remind(PolicyId id) {
        var document = adopted(id).orElseThrow(() -> new PolicyChangeRefused("policy", "This policy has no text."));
        var missing = status(id).stream()
                .filter(s -> !s.confirmed())
                .map(AcknowledgementStatus::username)
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        policies.findById(document.getPolicyId())
                .orElseThrow()
                .acknowledgementReminded(LocalDate.now(clock.withZone(SchoolTime.ZONE)));
        return notices.toStaff(
                missing,
                new Notice(
                        "Reminder: please read the " + document.getTitle(),
                        "You have not yet confirmed version " + document.getVersionNumber() + " of the "
                                + document.getTitle() + ". Please read it and confirm the staff rules: "
                                + String.join(" ", staffRules()),
                        link(id)));
    }

    /** When a new version is adopted, every member of staff is asked to read it. */
    @EventListener
    void askStaffToRead(PolicyAdopted adopted) {
        var staff = directory.staff().stream()
                .filter(Acknowledgements::mustAcknowledge)
                .map(StaffSummary::username)
                .toList();
        notices.toStaff(
                staff,
                new Notice(
                        "Please read the " + adopted.title() + " (version " + adopted.version() + ")",
                        "The head teacher has signed off version " + adopted.version() + " of the " + adopted.title()
                                + ". Please read it and confirm the staff rules in Safepost.",
                        link(adopted.policyId())));
    }

    static String link(PolicyId id) {
        return "policies/" + id.value();
    }

    private Optional<PolicyDocument> adopted(PolicyId id) {
        return documents.findByPolicyIdAndStatus(id.value(), PolicyDocument.Status.ADOPTED);
    }
}
