package app.safepost.demo;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.DemoStaff;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A large generated school on top of the demo school, for load tests ({@code safepost.demo-school.large}):
 * 150 staff, 59 classes with their accounts (60 with the whole-school account), 2,000 pupils and
 * 20,000 posts published over the last three school years. Deterministic: the same seed gives the
 * same people, classes, pupils and posts, so the load harness can create the same staff in Keycloak
 * ({@link #staff()}). Staff, classes, accounts and pupils go through the modules' services (the
 * pupils through the roster import, as {@code PUT /api/v1/pupils} does); the past posts are written
 * as history straight into the drafting, approval and publishing tables with their audit revisions,
 * which the database seals into the revision chain as it does any other revision: no service creates
 * a post that was published three years ago, and 20,000 through the live path (create, submit,
 * approve, publish) would take most of an hour.
 */
@Component
@ConditionalOnProperty(name = "safepost.demo-school.large", havingValue = "true")
public class LargeDemoSchool implements ApplicationRunner {

    public static final int STAFF = 150;
    public static final int CLASSES = 59;
    public static final int PUPILS = 2_000;
    public static final int PAST_POSTS = 20_000;
    /** Reception and Classes 1 to 6 of {@code demo/classes.csv}. */
    static final int DEMO_CLASSES = 7;
    /** The eight people of {@code demo/staff.csv}, who are also the demo realm's users. */
    static final int DEMO_STAFF = 8;
    /** The first generated class; its presence means the large school was generated before. */
    static final int FIRST_CLASS = 7;

    private static final long SEED = 2026_13L;
    private static final String[] FIRST_NAMES = {
        "Aaliyah", "Abdul", "Ada", "Aiden", "Alfie", "Amara", "Ayesha", "Bella", "Bilal", "Caleb", "Chloe", "Dylan",
        "Eden", "Elif", "Elsie", "Erin", "Fatima", "Finley", "Freya", "Gabriel", "Hamza", "Harvey", "Ibrahim", "Isla",
        "Jasper", "Kai", "Lena", "Leon", "Luca", "Maisie", "Maryam", "Mila", "Musa", "Nia", "Nora", "Olivia", "Omar",
        "Oscar", "Phoebe", "Priya", "Reuben", "Rosa", "Rupert", "Safa", "Sami", "Sienna", "Tobias", "Vera", "Yusuf",
        "Zara", "Zain", "Zofia"
    };
    private static final String[] SURNAMES = {
        "Ahmed",
        "Akhtar",
        "Baker",
        "Bennett",
        "Chowdhury",
        "Clarke",
        "Davies",
        "Dlamini",
        "Evans",
        "Fischer",
        "Foster",
        "Gallagher",
        "Ghosh",
        "Hughes",
        "Hussain",
        "Jenkins",
        "Kaur",
        "Kowalski",
        "Lewis",
        "Mahmood",
        "Mensah",
        "Murphy",
        "Nowak",
        "Okafor",
        "Osei",
        "Patel",
        "Price",
        "Quinn",
        "Rahman",
        "Reid",
        "Roberts",
        "Santos",
        "Shah",
        "Sullivan",
        "Taylor",
        "Thompson",
        "Varga",
        "Walsh",
        "Wiśniewski",
        "Yilmaz"
    };
    private static final String[] YEAR_GROUPS = {"R", "1", "2", "3", "4", "5", "6"};
    private static final String[] NICKNAMES = {
        "Ash", "Beech", "Cedar", "Elm", "Hazel", "Holly", "Larch", "Maple", "Oak", "Pine", "Rowan", "Willow", "Yew"
    };
    private static final String[] DOING = {
        "explored",
        "built",
        "measured",
        "painted",
        "wrote about",
        "sang about",
        "investigated",
        "designed",
        "tested",
        "performed"
    };
    private static final String[] WHAT = {
        "forces and friction",
        "the water cycle",
        "Roman roads",
        "fractions",
        "habitats in the school garden",
        "electric circuits",
        "volcanoes",
        "the solar system",
        "healthy eating",
        "bridges made of straws",
        "poems about autumn",
        "the Great Fire of London",
        "plants and seeds",
        "sound and vibration",
        "maps of the local area"
    };
    private static final String[] AFTER = {
        "Fantastic teamwork!",
        "Well done, everyone.",
        "We are proud of you all.",
        "Ask us about it at home!",
        "What a busy day.",
        "Great questions today."
    };

    private static final Logger log = LoggerFactory.getLogger(LargeDemoSchool.class);

    /** A member of the generated staff, as the school's single sign-on knows them. */
    public record Member(
            String username,
            String firstName,
            String lastName,
            String email,
            List<String> roles,
            List<String> classes) {

        public String displayName() {
            return firstName + " " + lastName;
        }
    }

    private final int pastPosts;
    private final DemoSchoolLoader demoSchool;
    private final SchoolDirectory directory;
    private final SocialAccounts accounts;
    private final PupilRoster roster;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    LargeDemoSchool(
            DemoSchoolLoader demoSchool,
            SchoolDirectory directory,
            SocialAccounts accounts,
            PupilRoster roster,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            @Value("${safepost.demo-school.large-past-posts:" + PAST_POSTS + "}") int pastPosts) {
        this.pastPosts = pastPosts;
        this.demoSchool = demoSchool;
        this.directory = directory;
        this.accounts = accounts;
        this.roster = roster;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoSchool.load();
        var jesseGray = demoSchool.jesseGray();
        if (PortalTask.runAsSystemIn(
                jesseGray, () -> directory.classNamed(className(FIRST_CLASS)).isPresent())) {
            log.info("Large demo school already there");
            return;
        }
        long started = System.nanoTime();
        PortalTask.runAsSystemIn(jesseGray, () -> {
            transaction.executeWithoutResult(status -> staffClassesAndAccounts());
            var result = roster.importRoster(rosterCsv(), null);
            log.info("Large demo school: roster imported ({})", result);
            return null;
        });
        int posts = PortalTask.runAsSystemIn(jesseGray, this::writePastPosts);
        log.info(
                "Large demo school ready in {} s: {} staff, {} classes, {} pupils, {} past posts",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                STAFF,
                CLASSES,
                PUPILS,
                posts);
    }

    /**
     * The generated staff (the demo school's eight are the rest of the 150): four more of SLT, a class
     * teacher for each generated class, 70 teaching assistants, four office staff and twelve governors.
     */
    public static List<Member> staff() {
        var random = new Random(SEED);
        int generatedClasses = CLASSES - DEMO_CLASSES;
        int generated = STAFF - DEMO_STAFF;
        var members = new ArrayList<Member>();
        for (int i = 1; i <= generated; i++) {
            List<String> roles;
            List<String> classes = List.of();
            int n = i;
            if (n <= 4) {
                roles = List.of(Roles.SLT);
            } else if ((n -= 4) <= generatedClasses) {
                roles = List.of(Roles.TEACHER);
                classes = List.of(className(FIRST_CLASS + n - 1));
            } else if ((n -= generatedClasses) <= 70) {
                roles = List.of(Roles.TEACHING_ASSISTANT);
                classes = List.of(className(FIRST_CLASS + (n - 1) % generatedClasses));
            } else if ((n -= 70) <= 4) {
                roles = List.of(Roles.OFFICE);
            } else {
                roles = List.of(Roles.GOVERNOR);
            }
            var first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            var last = SURNAMES[random.nextInt(SURNAMES.length)];
            var username = "staff%03d".formatted(i);
            members.add(new Member(username, first, last, username + "@jessegray.example", roles, classes));
        }
        return members;
    }

    static String className(int number) {
        return "Class " + number;
    }

    static String handle(int number) {
        return "@JGP_Class" + number;
    }

    private void staffClassesAndAccounts() {
        int generatedClasses = CLASSES - DEMO_CLASSES;
        for (int i = 0; i < generatedClasses; i++) {
            int number = FIRST_CLASS + i;
            directory.addClassIfMissing(
                    className(number),
                    YEAR_GROUPS[i % YEAR_GROUPS.length],
                    NICKNAMES[i % NICKNAMES.length] + " " + number);
        }
        for (var member : staff()) {
            directory.registerStaff(
                    member.username(), member.displayName(), member.email(), Roles.effective(member.roles()));
            for (var className : member.classes()) {
                if (member.roles().contains(Roles.TEACHING_ASSISTANT)) {
                    directory.addAssistant(className, member.username());
                } else {
                    directory.assignClassTeacher(className, member.username());
                }
            }
        }
        var classes = directory.classes().stream().collect(Collectors.toMap(ClassSummary::name, ClassSummary::id));
        for (int i = 0; i < generatedClasses; i++) {
            int number = FIRST_CLASS + i;
            accounts.addIfMissing(handle(number), Platform.X, AccountKind.CLASS, classes.get(className(number)));
        }
    }

    /** The demo roster and the generated pupils in one file: an import archives whoever is not in it. */
    private byte[] rosterCsv() {
        String demo;
        try (var in = new ClassPathResource("demo/pupils.csv").getInputStream()) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var csv = new StringBuilder(demo.endsWith("\n") ? demo : demo + "\n");
        long demoPupils = demo.lines().count() - 1;
        var random = new Random(SEED + 1);
        int generatedClasses = CLASSES - DEMO_CLASSES;
        for (int i = 0; i < PUPILS - demoPupils; i++) {
            var first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            var last = SURNAMES[random.nextInt(SURNAMES.length)];
            boolean consent = random.nextInt(100) < 92;
            csv.append("L82030%06dG,%s,%s,,%s,%s,2025-09-04\n"
                    .formatted(
                            i + 1, first, last, className(FIRST_CLASS + i % generatedClasses), consent ? "yes" : "no"));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Author(String username, List<String> roles) {}

    private record PastPost(
            AccountSummary account, Author author, Author approver, Instant written, Instant approved, String text) {}

    /**
     * Posts published over the last three school years on every account, each written by a member of
     * staff who may post there and approved by a member of SLT who is not its author. They are history
     * imported by the portal itself: one revision by the system user per day of posts, 500 posts per
     * transaction (one revision per post and person would take the revision chain's seal many minutes).
     */
    private int writePastPosts() {
        var all = accounts.all();
        var wholeSchool = all.stream().filter(AccountSummary::isWholeSchool).toList();
        var classAccounts = all.stream().filter(a -> !a.isWholeSchool()).toList();
        var staffing = new HashMap<String, List<Author>>();
        var slt = new ArrayList<Author>();
        for (var member : DemoStaff.load()) {
            register(new Author(member.username(), member.roles()), member.classes(), staffing, slt);
        }
        for (var member : staff()) {
            register(new Author(member.username(), member.roles()), member.classes(), staffing, slt);
        }
        var systemRoles = jdbc.queryForObject(
                "select roles from revision_info where username = 'system' order by id" + " limit 1", String.class);
        var random = new Random(SEED + 2);
        var now = Instant.now();
        var firstDay = now.minus(Duration.ofDays(3 * 365));
        long span = Duration.between(firstDay, now.minus(Duration.ofDays(1))).toSeconds();
        var times = IntStream.range(0, pastPosts)
                .mapToLong(i -> random.nextLong(span))
                .sorted()
                .toArray();
        int batch = 500;
        for (int from = 0; from < pastPosts; from += batch) {
            var posts = new ArrayList<PastPost>();
            for (int i = from; i < Math.min(pastPosts, from + batch); i++) {
                var account = random.nextInt(10) == 0
                        ? wholeSchool.get(random.nextInt(wholeSchool.size()))
                        : classAccounts.get(random.nextInt(classAccounts.size()));
                var writers = account.isWholeSchool() ? slt : staffing.getOrDefault(account.className(), slt);
                var author = writers.get(random.nextInt(writers.size()));
                Author approver;
                do {
                    approver = slt.get(random.nextInt(slt.size()));
                } while (approver.username().equals(author.username()));
                var written = firstDay.plusSeconds(times[i]);
                posts.add(new PastPost(
                        account,
                        author,
                        approver,
                        written,
                        written.plus(Duration.ofMinutes(20 + random.nextInt(600))),
                        text(random, account)));
            }
            transaction.executeWithoutResult(status -> writePosts(posts, systemRoles));
        }
        return pastPosts;
    }

    private static void register(
            Author author, List<String> classes, Map<String, List<Author>> staffing, List<Author> slt) {
        if (author.roles().contains(Roles.SLT) || author.roles().contains(Roles.HEAD_TEACHER)) {
            slt.add(author);
        }
        if (author.roles().contains(Roles.TEACHER) || author.roles().contains(Roles.TEACHING_ASSISTANT)) {
            classes.forEach(
                    c -> staffing.computeIfAbsent(c, k -> new ArrayList<>()).add(author));
        }
    }

    private static String text(Random random, AccountSummary account) {
        var who = account.isWholeSchool() ? "Our pupils" : account.className();
        return who + " " + DOING[random.nextInt(DOING.length)] + " " + WHAT[random.nextInt(WHAT.length)] + " today. "
                + AFTER[random.nextInt(AFTER.length)] + " #JGPLearning";
    }

    private void writePosts(List<PastPost> posts, String systemRoles) {
        var revisionRows = new ArrayList<Object[]>();
        var drafts = new ArrayList<Object[]>();
        var draftHistory = new ArrayList<Object[]>();
        var checks = new ArrayList<Object[]>();
        var decisions = new ArrayList<Object[]>();
        var decisionHistory = new ArrayList<Object[]>();
        var publications = new ArrayList<Object[]>();
        var publicationHistory = new ArrayList<Object[]>();
        long revision = 0;
        LocalDate revisionDay = null;
        for (var post : posts) {
            var day = LocalDate.ofInstant(post.approved(), SchoolTime.ZONE);
            if (!day.equals(revisionDay)) {
                revision = jdbc.queryForObject("select nextval('revision_info_seq')", Long.class);
                revisionDay = day;
                revisionRows.add(
                        new Object[] {revision, post.approved().toEpochMilli(), SignedInStaff.SYSTEM, systemRoles});
            }
            var written = Timestamp.from(post.written());
            var approved = Timestamp.from(post.approved());
            var author = post.author().username();
            var approver = post.approver().username();
            var accountId = post.account().id().value();
            var draft = UUID.randomUUID();
            var decision = UUID.randomUUID();
            var publication = UUID.randomUUID();
            var platformId = "sandbox-" + draft;
            drafts.add(new Object[] {draft, accountId, author, post.text(), written, approved, written});
            draftHistory.add(
                    new Object[] {draft, revision, accountId, author, post.text(), written, approved, written});
            checks.add(new Object[] {UUID.randomUUID(), draft, written, author});
            decisions.add(new Object[] {decision, draft, approver, approved});
            decisionHistory.add(new Object[] {decision, revision, draft, approver, approved});
            publications.add(new Object[] {
                publication,
                draft,
                accountId,
                post.account().handle(),
                post.text(),
                approved,
                author,
                approver,
                approved,
                UUID.randomUUID().toString(),
                approved,
                platformId,
                approved
            });
            publicationHistory.add(new Object[] {
                publication,
                revision,
                draft,
                accountId,
                post.account().handle(),
                post.text(),
                approved,
                author,
                approver,
                approved,
                approved,
                platformId,
                approved
            });
        }
        // Every row below is the school in hand's (school_id defaults to it, V0041).
        jdbc.batchUpdate(
                "insert into revision_info (id, rev_timestamp, username, roles) values (?, ?, ?, ?)", revisionRows);
        jdbc.batchUpdate("""
                insert into draft (id, version, account_id, author, status, body, created_at, updated_at, submitted_at)
                values (?, 2, ?, ?, 'PUBLISHED', ?, ?, ?, ?)""", drafts);
        jdbc.batchUpdate("""
                insert into draft_aud (id, rev, revtype, account_id, author, status, body, created_at, updated_at,
                                       submitted_at)
                values (?, ?, 0, ?, ?, 'PUBLISHED', ?, ?, ?, ?)""", draftHistory);
        jdbc.batchUpdate("""
                insert into draft_check (id, draft_id, draft_version, occasion, verdict, checked_at, checked_by)
                values (?, ?, 1, 'SUBMISSION', 'PASS', ?, ?)""", checks);
        jdbc.batchUpdate("""
                insert into review_decision (id, draft_id, draft_version, outcome, decided_by, decided_at)
                values (?, ?, 1, 'approved', ?, ?)""", decisions);
        jdbc.batchUpdate("""
                insert into review_decision_aud (id, rev, revtype, draft_id, draft_version, outcome, decided_by, decided_at)
                values (?, ?, 0, ?, 1, 'approved', ?, ?)""", decisionHistory);
        jdbc.batchUpdate("""
                insert into publication (id, version, reference, approved_version, account_id, handle, platform,
                    post_text, photos, pupil_upns, publish_at, author, approved_by, scheduled_at, status,
                    idempotency_key, record_key, attempts, next_attempt_at, sent_via, platform_post_id,
                    published_at, failure_permanent)
                values (?, 2, ?, 1, ?, ?, 'X', ?, '', '', ?, ?, ?, ?, 'PUBLISHED', ?, 'history', 1, ?, 'SANDBOX', ?,
                        ?, false)""", publications);
        jdbc.batchUpdate("""
                insert into publication_aud (id, rev, revtype, reference, approved_version, account_id, handle,
                    platform, post_text, photos, pupil_upns, publish_at, author, approved_by, scheduled_at, status,
                    record_key, attempts, next_attempt_at, sent_via, platform_post_id, published_at, failure_permanent)
                values (?, ?, 0, ?, 1, ?, ?, 'X', ?, '', '', ?, ?, ?, ?, 'PUBLISHED', 'history', 1, ?, 'SANDBOX', ?,
                        ?, false)""", publicationHistory);
    }
}
