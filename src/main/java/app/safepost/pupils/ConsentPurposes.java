package app.safepost.pupils;

import app.safepost.audit.AuditTrail;
import app.safepost.audit.RecordRevision;
import app.safepost.pupils.domain.ConsentPurpose;
import app.safepost.pupils.domain.ConsentPurposeRepository;
import app.safepost.pupils.domain.ConsentRecorder;
import app.safepost.pupils.domain.ConsentSettings;
import app.safepost.pupils.domain.ConsentSettingsRepository;
import app.safepost.pupils.domain.RosterCsv;
import app.safepost.security.Roles;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What parents are asked to consent to, as data: SLT add purposes, rename them, retire and restore
 * them, and set how long a yes holds by default. A purpose's code never changes once made.
 */
@Service
public class ConsentPurposes {

    public static final int MAX_NAME = 80;
    public static final int MAX_EXPLANATION = 500;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");
    /** The purposes every school's class accounts and whole-school accounts start with. */
    public static final String CLASS_SOCIAL = "class-social";

    public static final String SCHOOL_SOCIAL = "school-social";

    private final ConsentPurposeRepository purposes;
    private final ConsentSettingsRepository settings;
    private final ConsentRecorder recorder;
    private final AuditTrail auditTrail;
    private final List<PurposesInUse> users;

    ConsentPurposes(
            ConsentPurposeRepository purposes,
            ConsentSettingsRepository settings,
            ConsentRecorder recorder,
            AuditTrail auditTrail,
            List<PurposesInUse> users) {
        this.purposes = purposes;
        this.settings = settings;
        this.recorder = recorder;
        this.auditTrail = auditTrail;
        this.users = users;
    }

    /** The purposes in use, in the school's order: for forms, lists and the accounts' choice. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PurposeSummary> active() {
        return all().stream().filter(p -> !p.retired()).toList();
    }

    /** Every purpose, retired ones included. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PurposeSummary> all() {
        return purposes.findAllByOrderByPositionAscCodeAsc().stream()
                .map(ConsentPurposes::summary)
                .toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<PurposeSummary> purpose(String code) {
        return purposes.findByCode(code).map(ConsentPurposes::summary);
    }

    /**
     * Adds a purpose.
     *
     * @throws PurposeRefused for a code that is not lower-case letters, digits and hyphens (3 to 40,
     *                        starting with a letter) or is taken, and for a missing name or explanation
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public PurposeSummary add(String code, String name, String explanation, boolean socialMedia) {
        var key = code == null ? "" : code.strip();
        if (!CODE.matcher(key).matches()) {
            throw new PurposeRefused(
                    "code",
                    "A code is 3 to 40 lower-case letters, digits and hyphens, starting with"
                            + " a letter, like newsletter or school-website.");
        }
        if (purposes.existsByCode(key)) {
            throw new PurposeRefused("code", "There is already a purpose with the code " + key + ".");
        }
        requireWords(name, explanation);
        int position = purposes.findAll().stream()
                        .mapToInt(ConsentPurpose::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        return summary(purposes.saveAndFlush(
                new ConsentPurpose(key, name.strip(), explanation.strip(), socialMedia, position)));
    }

    /** Changes what staff and parents read; the code stays. Refused if someone else changed it since {@code version}. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public PurposeSummary rename(String code, String name, String explanation, long version) {
        requireWords(name, explanation);
        var purpose = current(code, version);
        purpose.rename(name.strip(), explanation.strip());
        return summary(purposes.saveAndFlush(purpose));
    }

    /**
     * Retires a purpose (no longer asked; answers already given are kept) or restores it. A purpose an
     * account needs for its photos cannot be retired.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public PurposeSummary retire(String code, boolean retired, long version) {
        if (retired && users.stream().anyMatch(u -> u.purposesInUse().contains(code))) {
            throw new PurposeRefused(
                    "retired",
                    "An account needs this purpose for its photos. Give it another"
                            + " purpose on the Accounts screen first.");
        }
        var purpose = current(code, version);
        purpose.retire(retired);
        return summary(purposes.saveAndFlush(purpose));
    }

    /** How long a yes holds unless the form or the roster says otherwise. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public ConsentDefaults defaults() {
        return recorder.defaults();
    }

    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public ConsentDefaults changeDefaults(ConsentExpiryRule rule, int years, long version) {
        if (rule == null) {
            throw new PurposeRefused("rule", "Choose how long a consent holds.");
        }
        if (rule == ConsentExpiryRule.YEARS && (years < 1 || years > ConsentDefaults.MAX_YEARS)) {
            throw new PurposeRefused("years", "Choose from 1 to " + ConsentDefaults.MAX_YEARS + " years.");
        }
        var row = settings.theSettings();
        if (row.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ConsentDefaults.class, version);
        }
        row.change(rule, rule == ConsentExpiryRule.YEARS ? years : Math.max(1, row.getExpiryYears()));
        settings.saveAndFlush(row);
        return recorder.defaults();
    }

    /**
     * What every school starts with, unless it has it: the purposes of its class accounts and of its
     * whole-school accounts, and consents held until the pupil leaves (SLT choose another expiry).
     * Run with the school in hand, inside the caller's transaction.
     *
     * @return how many records it added
     */
    int setUpSchool() {
        int added = 0;
        if (!purposes.existsByCode(CLASS_SOCIAL)) {
            add(
                    CLASS_SOCIAL,
                    "The class's social-media account",
                    "Photos of your child's class at work and at events,"
                            + " on the class's own account (first names or initials only).",
                    true);
            added++;
        }
        if (!purposes.existsByCode(SCHOOL_SOCIAL)) {
            add(
                    SCHOOL_SOCIAL,
                    "The whole-school social-media accounts",
                    "Photos from across the school on the" + " school's main accounts, which anyone can follow.",
                    true);
            added++;
        }
        if (settings.findFirstBy().isEmpty()) {
            settings.saveAndFlush(new ConsentSettings(ConsentExpiryRule.UNTIL_LEAVES, 1));
            added++;
        }
        return added;
    }

    /** Adds a purpose unless its code exists; {@code true} if added. For the demo school. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean addIfMissing(String code, String name, String explanation, boolean socialMedia) {
        if (purposes.existsByCode(code)) {
            return false;
        }
        add(code, name, explanation, socialMedia);
        return true;
    }

    /** The purpose's history in the audit trail. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<RecordRevision> history(String code) {
        return auditTrail.historyOf(
                ConsentPurpose.class, purposes.findByCode(code).orElseThrow().getId());
    }

    /** The purposes a parent answers on the public consent form, read without a signed-in person. */
    List<PurposeSummary> activeForForm() {
        return purposes.findAllByOrderByPositionAscCodeAsc().stream()
                .filter(p -> !p.isRetired())
                .map(ConsentPurposes::summary)
                .toList();
    }

    /** The purposes as the roster file may name them. */
    RosterCsv.Purposes forRoster() {
        var all = purposes.findAllByOrderByPositionAscCodeAsc();
        return new RosterCsv.Purposes(
                all.stream()
                        .filter(p -> !p.isRetired())
                        .map(ConsentPurpose::getCode)
                        .toList(),
                all.stream()
                        .filter(ConsentPurpose::isRetired)
                        .map(ConsentPurpose::getCode)
                        .toList(),
                recorder.socialMediaPurposes());
    }

    private ConsentPurpose current(String code, long version) {
        var purpose =
                purposes.findByCode(code).orElseThrow(() -> new PurposeRefused("code", "No purpose " + code + "."));
        if (purpose.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ConsentPurpose.class, code);
        }
        return purpose;
    }

    private static void requireWords(String name, String explanation) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new PurposeRefused("name", "Give the purpose a name of at most " + MAX_NAME + " characters.");
        }
        if (explanation == null || explanation.isBlank() || explanation.strip().length() > MAX_EXPLANATION) {
            throw new PurposeRefused(
                    "explanation",
                    "Explain in plain words, in at most " + MAX_EXPLANATION + " characters, what parents agree to.");
        }
    }

    private static PurposeSummary summary(ConsentPurpose p) {
        return new PurposeSummary(
                p.getCode(), p.getName(), p.getExplanation(), p.isSocialMedia(), p.isRetired(), p.getVersion());
    }
}
