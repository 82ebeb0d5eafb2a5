package app.safepost.demo;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.GuidanceRules;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.database.PortalInstances;
import app.safepost.policies.PolicyLibrary;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.school.Schools;
import app.safepost.security.DemoSchool;
import app.safepost.security.DemoStaff;
import app.safepost.security.PortalSchool;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo trust's schools ({@code classpath:demo/trust/schools.csv}: Jesse Gray Primary and
 * Fenwick Road Primary, each with its fictional URN and profile), each school created in its own hand
 * so that its creation opens its own revision chain, and then each school's data with that school in
 * hand: Jesse Gray from {@code classpath:demo/} (staff, its own and the trust's people who work there,
 * classes and their accounts, the whole-school account, guidance, devices, consent purposes, pupils and
 * its social-media policy), Fenwick Road from {@code classpath:demo/trust/fenwick-road-*.csv} (staff,
 * classes and their accounts, {@code @FenwickRoad}, devices, pupils, and the demo policy under its own
 * name). Each item is added only if missing, so a second start adds nothing.
 */
@Component
@ConditionalOnExpression("'${safepost.sso.issuer-uri:}'.isEmpty() or ${safepost.demo-school.load:false}"
        + " or ${safepost.demo-school.large:false}")
public class DemoSchoolLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSchoolLoader.class);
    static final String WHOLE_SCHOOL_HANDLE = "@JesseGrayPrimary";
    static final String POLICY_TITLE = "Social media (Twitter) policy";
    static final String POLICY_TEXT = "demo/jesse-gray-twitter-policy-2023.md";
    static final List<String> LINKED_POLICIES =
            List.of("Online-Safety and Acceptable Use of ICT Policy", "Behaviour Policy");
    static final String GUIDANCE_NOTE =
            "Celebrate learning and events. #JGPLearning suits most posts. Tag other classes and"
                    + " trusted partners only by their @handle (three at most), and name children by first name or"
                    + " initials only: initials only on class accounts.";

    /** One demo school's files. */
    private record SchoolFiles(String urn, String classes, String devices, String pupils, String chairOfGovernors) {}

    private static final SchoolFiles JESSE_GRAY = new SchoolFiles(
            DemoSchool.JESSE_GRAY_URN, "demo/classes.csv", "demo/devices.csv", "demo/pupils.csv", "governor");
    private static final SchoolFiles FENWICK_ROAD = new SchoolFiles(
            DemoSchool.FENWICK_ROAD_URN,
            "demo/trust/fenwick-road-classes.csv",
            "demo/trust/fenwick-road-devices.csv",
            "demo/trust/fenwick-road-pupils.csv",
            "fr-governor");

    private final SchoolProfileService profile;
    private final SchoolDirectory directory;
    private final SocialAccounts accounts;
    private final PupilRoster roster;
    private final ConsentPurposes purposes;
    private final PolicyLibrary policies;
    private final ComputingLeadGuidance guidance;
    private final TransactionTemplate transaction;
    private final PortalInstances instances;
    private final Schools schools;
    private volatile boolean loadedSinceStart;

    DemoSchoolLoader(
            SchoolProfileService profile,
            SchoolDirectory directory,
            SocialAccounts accounts,
            PupilRoster roster,
            ConsentPurposes purposes,
            PolicyLibrary policies,
            ComputingLeadGuidance guidance,
            TransactionTemplate transaction,
            PortalInstances instances,
            Schools schools) {
        this.instances = instances;
        this.purposes = purposes;
        this.schools = schools;
        this.profile = profile;
        this.directory = directory;
        this.accounts = accounts;
        this.roster = roster;
        this.policies = policies;
        this.guidance = guidance;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The history's runner, when on, has loaded the schools already in this start: nothing is left to check.
        var added = loadedSinceStart ? 0 : load();
        log.info("Demo schools ready ({} items added)", added);
    }

    /**
     * Loads whatever is missing, one transaction per school; returns how many items were added or
     * changed. Portal instances starting together on one database load one after the other, so the
     * second finds everything there and adds nothing.
     */
    public int load() {
        int added = loadAll();
        loadedSinceStart = true;
        return added;
    }

    private int loadAll() {
        // One instance loads every school before the next looks: a person in both schools is otherwise seen
        // half-loaded by the second instance, between the first instance's two schools.
        return PortalTask.runAsSystem(() -> instances.oneAtATimeThroughout("demo-schools", () -> {
            int added = 0;
            for (var school : DemoSchool.all()) {
                added += addIfMissing(school);
            }
            added += inSchool(JESSE_GRAY, this::loadJesseGray);
            added += inSchool(FENWICK_ROAD, this::loadFenwickRoad);
            return added;
        }));
    }

    /** The demo school, with the id it has in this portal. */
    public SchoolId jesseGray() {
        return idOf(DemoSchool.JESSE_GRAY_URN).orElseThrow();
    }

    private Optional<SchoolId> idOf(String urn) {
        return PortalTask.runAsSystem(() -> schools.byUrn(urn)).map(PortalSchool::id);
    }

    /** A school is created with itself in hand: its creation is the first link of its own chain. */
    private int addIfMissing(DemoSchool school) {
        if (idOf(school.urn()).isPresent()) {
            return 0;
        }
        return PortalTask.runAsSystemIn(
                new SchoolId(UUID.randomUUID()),
                () -> transaction.execute(status -> {
                    instances.oneAtATime("demo-school");
                    return count(profile.createIfMissing(
                            school.urn(),
                            new SchoolProfile(
                                    school.name(),
                                    school.contactEmail(),
                                    school.contactPhone(),
                                    school.address(),
                                    school.wholeSchoolHandle(),
                                    0)));
                }));
    }

    private int inSchool(SchoolFiles files, Function<SchoolFiles, Integer> work) {
        return PortalTask.runAsSystemIn(
                idOf(files.urn()).orElseThrow(),
                () -> transaction.execute(status -> {
                    instances.oneAtATime("demo-school");
                    return work.apply(files);
                }));
    }

    /** Jesse Gray's own data, with Jesse Gray in hand. */
    private int loadJesseGray(SchoolFiles files) {
        int added = loadStaffAndClasses(files, WHOLE_SCHOOL_HANDLE);
        var handles = new ArrayList<String>(List.of(WHOLE_SCHOOL_HANDLE));
        csv(files.classes()).forEach(row -> handles.add(row.get("account_handle")));
        added += count(guidance.setUpIfMissing(
                null,
                new GuidanceRules(
                        List.of(), List.of("stupid", "idiot"), List.of(), handles, 3, GUIDANCE_NOTE, Map.of(), -1)));
        // The class's and the whole-school accounts' purposes come with each school; these complete the form.
        added += count(purposes.addIfMissing(
                "website",
                "The school website",
                "Photos on the school's public" + " website, such as class pages and news, with first names only.",
                false));
        added += count(purposes.addIfMissing(
                "print",
                "Newsletter and prospectus",
                "Photos in the printed newsletter" + " sent home to families and in the school prospectus.",
                false));
        added += count(purposes.addIfMissing(
                "press",
                "Local press and media",
                "Photos the local newspaper, radio"
                        + " or television take at school events, which they may publish with your child's name.",
                false));
        added += loadPupilsAndPolicy(files, text(POLICY_TEXT));
        for (var linked : LINKED_POLICIES) {
            added += count(policies.addIfMissing(linked, "Senior Leadership Team"));
            added += count(policies.readTogether(POLICY_TITLE, linked));
        }
        return added;
    }

    /** Fenwick Road's data, with Fenwick Road in hand: its policy is the demo policy with its own name. */
    private int loadFenwickRoad(SchoolFiles files) {
        var fenwickRoad = DemoSchool.all().stream()
                .filter(s -> s.urn().equals(files.urn()))
                .findFirst()
                .orElseThrow();
        int added = loadStaffAndClasses(files, fenwickRoad.wholeSchoolHandle());
        return added + loadPupilsAndPolicy(files, text(POLICY_TEXT).replace("Jesse Gray", "Fenwick Road"));
    }

    /** The school's staff, classes with their staff, its accounts and devices. */
    private int loadStaffAndClasses(SchoolFiles files, String wholeSchoolHandle) {
        int added = 0;
        var staff = DemoStaff.of(files.urn());
        for (var member : staff) {
            added += count(directory.registerStaff(
                    member.username(), member.displayName(), member.email(), Roles.effective(member.roles())));
        }
        for (var row : csv(files.classes())) {
            added += count(directory.addClassIfMissing(row.get("class"), row.get("year_group"), row.get("nickname")));
        }
        for (var member : staff) {
            for (var className : member.classes()) {
                added += count(
                        member.roles().contains(Roles.TEACHING_ASSISTANT)
                                ? directory.addAssistant(className, member.username())
                                : directory.assignClassTeacher(className, member.username()));
            }
        }
        var classes = classesByName();
        added += count(accounts.addIfMissing(wholeSchoolHandle, Platform.X, AccountKind.WHOLE_SCHOOL, null));
        for (var row : csv(files.classes())) {
            added += count(accounts.addIfMissing(
                    row.get("account_handle"),
                    Platform.X,
                    AccountKind.CLASS,
                    classes.get(row.get("class")).id()));
        }
        for (var row : csv(files.devices())) {
            added += count(directory.registerDeviceIfMissing(
                    row.get("label"), row.get("make"), row.get("model"), row.get("serial")));
        }
        // Not counted among the items added: the profile is the school's, made above.
        profile.chairOfGovernorsIfUnset(files.chairOfGovernors());
        return added;
    }

    private Map<String, ClassSummary> classesByName() {
        return directory.classes().stream().collect(Collectors.toMap(ClassSummary::name, Function.identity()));
    }

    /** The school's pupils with their consent, and its social-media policy. */
    private int loadPupilsAndPolicy(SchoolFiles files, String policyText) {
        int added = 0;
        var classes = classesByName();
        var pupils = csv(files.pupils()).stream()
                .map(row -> new PupilRoster.DemoRosterPupil(
                        row.get("upn"),
                        row.get("first_name"),
                        row.get("surname"),
                        row.get("preferred_name"),
                        classes.get(row.get("class")).id(),
                        "yes".equals(row.get("image_consent")),
                        row.get("consent_recorded_on").isBlank()
                                ? null
                                : LocalDate.parse(row.get("consent_recorded_on"))))
                .toList();
        added += roster.enrolAllIfMissing(pupils);
        added += count(policies.importIfMissing(
                POLICY_TITLE,
                1,
                "Senior Leadership Team",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 1, 1),
                policyText));
        return added;
    }

    private static int count(boolean changed) {
        return changed ? 1 : 0;
    }

    private static List<CSVRecord> csv(String resource) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var reader = new InputStreamReader(
                        new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String text(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
