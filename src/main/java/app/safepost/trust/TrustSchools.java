package app.safepost.trust;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.database.PortalInstances;
import app.safepost.policies.PolicyLibrary;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.DemoSchool;
import app.safepost.security.PortalSchool;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import app.safepost.security.SignedInStaff;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The trust adds a school: its profile, its whole-school account on X and its social-media policy
 * (the trust's template with the school's name, or its own text), all in one transaction with the new
 * school in hand, so that its creation opens its own revision chain and each module gives it what a
 * school needs from its first day (its consent purposes and settings). Its logo and its classes with
 * their class accounts, when given, are made in the same transaction: a refusal saves none of it. Its staff come from the trust's
 * single sign-on, whose {@code schools} claim names it by URN.
 */
@Service
@Validated
public class TrustSchools {

    private static final Logger log = LoggerFactory.getLogger(TrustSchools.class);

    /** The title every school's social-media policy has in its library. */
    public static final String POLICY_TITLE = "Social media policy";

    static final String POLICY_OWNER = "Senior Leadership Team";
    /** The trust's template: the policy the demo trust's schools adopted, written for its first school. */
    static final String TEMPLATE = "demo/jesse-gray-twitter-policy-2023.md";
    /** Words that end a school's name without naming it: the template also says the school's name without them. */
    private static final Pattern GENERIC_ENDING =
            Pattern.compile("(?:\\s+(?:Primary|School))+$", Pattern.CASE_INSENSITIVE);
    /** Every way the template names the school it was written for, as that school's own data gives it. */
    private static final Pattern TEMPLATE_SCHOOL = namesOf(DemoSchool.all().stream()
            .filter(school -> school.urn().equals(DemoSchool.JESSE_GRAY_URN))
            .findFirst()
            .orElseThrow());

    private final SchoolProfileService profile;
    private final SocialAccounts accounts;
    private final SchoolDirectory directory;
    private final PolicyLibrary policies;
    private final PortalInstances instances;
    private final TransactionTemplate transaction;
    private final Validator validator;
    private final Clock clock;

    TrustSchools(
            SchoolProfileService profile,
            SocialAccounts accounts,
            SchoolDirectory directory,
            PolicyLibrary policies,
            PortalInstances instances,
            TransactionTemplate transaction,
            Validator validator,
            Clock clock) {
        this.profile = profile;
        this.accounts = accounts;
        this.directory = directory;
        this.policies = policies;
        this.instances = instances;
        this.transaction = transaction;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Adds the school; refused with a message per field at fault (a URN already in the trust among
     * them), and then nothing is saved.
     */
    @PreAuthorize(Roles.IS_TRUST_LEADER)
    public PortalSchool add(@Valid NewSchool school) {
        var id = new SchoolId(UUID.randomUUID());
        var name = school.name().strip();
        var urn = school.urn().strip();
        var handle = school.wholeSchoolHandle().strip();
        var text = school.ownPolicyText() == null
                ? template(name)
                : school.ownPolicyText().strip();
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        PortalTask.runAsSystemApartIn(
                id,
                () -> transaction.execute(status -> {
                    // One school added at a time across the portal's instances: the second of two with one URN is
                    // refused.
                    instances.oneAtATime("add-school");
                    if (!profile.createIfMissing(
                            urn, new SchoolProfile(name, school.contactEmail().strip(), "", "", handle, 0))) {
                        throw new ConstraintViolationException(validator.validateValue(NewSchool.class, "urn", urn));
                    }
                    accounts.addIfMissing(handle, Platform.X, AccountKind.WHOLE_SCHOOL, null);
                    policies.importIfMissing(POLICY_TITLE, 1, POLICY_OWNER, today, today.plusYears(1), text);
                    if (school.logo() != null) {
                        profile.setLogo(school.logo());
                    }
                    school.classAccounts().forEach(this::addClassAccount);
                    return true;
                }));
        log.info(
                "{} added {} (URN {}) to the trust with {} class accounts{}",
                SignedInStaff.currentAuthor().username(),
                name,
                urn,
                school.classAccounts().size(),
                school.logo() == null ? "" : " and its logo");
        return new PortalSchool(id, urn, name);
    }

    /** The class, made in the new school, and its account, owned by it. */
    private void addClassAccount(NewClassAccount account) {
        var className = account.className().strip();
        directory.addClassIfMissing(className, account.yearGroup(), null);
        var owner = directory.classNamed(className).orElseThrow();
        accounts.addIfMissing(account.handle().strip(), account.platform(), AccountKind.CLASS, owner.id());
    }

    /**
     * The school's name in full, its short name and its name without its generic last words, longest
     * first so that the fullest form the text uses is the one replaced.
     */
    static Pattern namesOf(DemoSchool school) {
        var names = new TreeSet<String>(
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        names.add(school.name());
        names.add(school.shortName());
        names.add(GENERIC_ENDING.matcher(school.name()).replaceAll(""));
        return Pattern.compile(
                names.stream().map(Pattern::quote).collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
    }

    /** The trust's policy template with this school's name wherever it names the school. */
    public static String template(String schoolName) {
        try (var in = new ClassPathResource(TEMPLATE).getInputStream()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TEMPLATE_SCHOOL.matcher(text).replaceAll(Matcher.quoteReplacement(schoolName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trust's policy template " + TEMPLATE, e);
        }
    }
}
