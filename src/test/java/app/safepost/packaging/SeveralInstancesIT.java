package app.safepost.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.domain.CredentialCipher;
import app.safepost.publishing.platforms.FakePlatform;
import app.safepost.publishing.platforms.FakeX;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two portal processes ({@code java -jar target/safepost.jar}, demo sign-in on loopback) on one
 * PostgreSQL, as a trust running several instances of a school's portal would: started at the same
 * moment on an empty database; posts approved through both published to X exactly once while both
 * publish; notices and e-mails sent once each; the once-a-day jobs (fired every five seconds here)
 * run once; and one instance killed (SIGKILL) while it waits for X to answer a post loses nothing and
 * doubles nothing: the other takes the post over when the lease runs out, finds it on X and records
 * it. X is the fake X server, mail goes to GreenMail. SLT's two clicks that make an account post to X
 * (connect its credential, switch it to X) are written straight into the database, as the screens
 * would save them.
 */
class SeveralInstancesIT {

    /** What the demo loader logs once the demo trust's schools are loaded. */
    private static final String DEMO_READY = "Demo schools ready";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACCOUNT = "@JGP_Kestrels";
    private static final String PUBLISHED = "Your post to " + ACCOUNT + " was published";
    private static final String WAITING = "A post to " + ACCOUNT + " is waiting for approval";
    private static final int TOGETHER = 10;
    private static final int AROUND_THE_KILL = 6;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path work;

    @Test
    void two_instances_on_one_database_share_the_work_once_each_and_one_killed_loses_nothing() throws Exception {
        var key = CredentialCipher.newKeyBase64();
        var mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        try (var postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(work.resolve("postgres"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .start();
                var x = new FakeX()) {
            var admin = new JdbcTemplate(postgres.getPostgresDatabase());
            admin.execute("create database safepost encoding 'UTF8'");
            var jdbc = new JdbcTemplate(postgres.getDatabase("postgres", "safepost"));
            var database = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/safepost";

            long started = System.nanoTime();
            try (var a = start("a", database, key, mail.getSmtp().getPort(), x);
                    var b = start("b", database, key, mail.getSmtp().getPort(), x)) {
                a.awaitHealthy();
                b.awaitHealthy();
                System.out.printf(
                        "Two instances started together on an empty database: both healthy after %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);
                bothStartedCleanly(a, b, jdbc);
                onceADay(a, b, jdbc, mail);
                connectToX(jdbc, key);

                var together = approveThrough(a, b, "together", TOGETHER);
                long approved = System.nanoTime();
                await(
                        "posts approved on both instances published",
                        Duration.ofSeconds(90),
                        () -> published(jdbc, together) == TOGETHER);
                System.out.printf(
                        "%d posts approved through both instances published %d ms after the last approval%n",
                        TOGETHER, (System.nanoTime() - approved) / 1_000_000);
                assertOnXOnce(x, together);
                System.out.println(
                        "Posts sent per instance: "
                                + jdbc.queryForList(
                                        "select claimed_by, count(*) as posts from publication group by claimed_by order by 1"));
                await(
                        "e-mails delivered",
                        Duration.ofSeconds(60),
                        () -> pendingEmails(jdbc) == 0 && received(mail, PUBLISHED) >= TOGETHER);
                assertThat(notices(jdbc, PUBLISHED)).isEqualTo(TOGETHER);
                assertThat(notices(jdbc, WAITING)).as("to head and deputy").isEqualTo(2 * TOGETHER);
                assertThat(received(mail, PUBLISHED)).isEqualTo(TOGETHER);
                assertThat(received(mail, WAITING)).isEqualTo(2 * TOGETHER);

                // X now answers each new post three seconds after making it: the window in which a dies, wide enough
                // to be seen on a busy machine, and long enough that one instance cannot take every post alone.
                x.answerNextPostsWith(slowReplies(AROUND_THE_KILL));
                var posts = approveThrough(b, b, "kill", AROUND_THE_KILL);
                var aName = "-" + a.process().pid() + "-";
                var inFlight = new ArrayList<String>();
                await(
                        "instance a to have sent a post that X has not answered yet",
                        Duration.ofSeconds(60),
                        () -> inFlight.addAll(sentButUnrecordedBy(jdbc, x, aName, posts)));
                long killed = System.nanoTime();
                a.kill();
                await(
                        "instance b to publish everything",
                        Duration.ofSeconds(90),
                        () -> published(jdbc, posts) == AROUND_THE_KILL);
                System.out.printf(
                        "Instance a killed while X held its post; instance b had every post recorded %d ms later%n",
                        (System.nanoTime() - killed) / 1_000_000);
                assertOnXOnce(x, posts);
                assertThat(jdbc.queryForList(
                                "select claimed_by from publication where post_text in (" + placeholders(inFlight)
                                        + ")",
                                String.class,
                                inFlight.toArray()))
                        .as("the posts X held for a when it died, recorded by b")
                        .isNotEmpty()
                        .allSatisfy(
                                by -> assertThat(by).contains("-" + b.process().pid() + "-"));

                await(
                        "e-mails delivered after the kill",
                        Duration.ofSeconds(60),
                        () -> pendingEmails(jdbc) == 0 && received(mail, PUBLISHED) >= TOGETHER + AROUND_THE_KILL);
                assertThat(notices(jdbc, PUBLISHED)).isEqualTo(TOGETHER + AROUND_THE_KILL);
                System.out.printf(
                        "\"Was published\" e-mails after the kill: %d received for %d notices%n",
                        received(mail, PUBLISHED), TOGETHER + AROUND_THE_KILL);
                // An e-mail a's outbox was handing to the mail server in the instant it died may go again.
                assertThat(received(mail, PUBLISHED))
                        .isBetween((long) TOGETHER + AROUND_THE_KILL, (long) TOGETHER + AROUND_THE_KILL + 1);
                assertThat(b.process().isAlive()).isTrue();
                assertThat(b.log()).doesNotContain(" ERROR ");
            }
        } finally {
            mail.stop();
        }
    }

    private PortalProcess start(String name, String database, String key, int smtpPort, FakeX x) throws Exception {
        return PortalProcess.start(
                work,
                PortalProcess.freePort(),
                work.resolve("data-" + name),
                List.of(
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        // Every instance needs the same key: each reads the credentials the others stored.
                        "--safepost.credentials.key=" + key,
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--safepost.notifications.retry-interval=PT1S",
                        "--safepost.publishing.x.base-url=" + x.baseUrl(),
                        "--safepost.publishing.poll-interval=PT1S",
                        "--safepost.publishing.batch=2",
                        // Longer than one post takes here (X answers within a second), short enough to wait for.
                        "--safepost.publishing.lease=PT8S",
                        "--safepost.schedule.policy-reminders=*/5 * * * * *",
                        "--safepost.schedule.integrity-check=*/5 * * * * *",
                        "--safepost.schedule.retention=*/5 * * * * *",
                        // The test counts the posts and e-mails it makes: no demo history besides them.
                        "--safepost.demo-school.history=false"));
    }

    /** Flyway and the demo school: one instance loaded the school, the other found it there; no errors. */
    private static void bothStartedCleanly(PortalProcess a, PortalProcess b, JdbcTemplate jdbc) throws Exception {
        a.awaitLog(DEMO_READY);
        b.awaitLog(DEMO_READY);
        var added = List.of(itemsAdded(a.log()), itemsAdded(b.log()));
        System.out.println("Demo school items added by each instance: " + added);
        assertThat(added).containsOnlyOnce(0).anyMatch(n -> n > 0);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from staff_member where username = 'teacher'", Long.class))
                .isOne();
        assertThat(a.log()).doesNotContain(" ERROR ", "APPLICATION FAILED");
        assertThat(b.log()).doesNotContain(" ERROR ", "APPLICATION FAILED");
    }

    private static int itemsAdded(String log) {
        var from = log.indexOf(DEMO_READY + " (") + (DEMO_READY + " (").length();
        return Integer.parseInt(log.substring(from, log.indexOf(' ', from)));
    }

    /**
     * The daily jobs, fired on both instances every five seconds: each runs once a day, and its work
     * shows once (one integrity check, one reminder per person and policy). Their first run may have
     * come before the demo school was loaded, so the test first makes it a new day for them: today's
     * runs forgotten and the reminders due again.
     */
    private static void onceADay(PortalProcess a, PortalProcess b, JdbcTemplate jdbc, GreenMail mail) throws Exception {
        // The daily jobs run school by school: three jobs a day in each of the demo trust's schools.
        long schools = jdbc.queryForObject("select count(*) from school", Long.class);
        await(
                "the first runs of the daily jobs",
                Duration.ofSeconds(30),
                () -> jdbc.queryForObject("select count(*) from daily_job_run", Long.class) == 3 * schools);
        await("e-mails so far delivered", Duration.ofSeconds(30), () -> pendingEmails(jdbc) == 0);
        mail.purgeEmailFromAllMailboxes();
        var newDay = jdbc.queryForObject("select clock_timestamp()", java.sql.Timestamp.class);
        int aLogBefore = a.log().length();
        int bLogBefore = b.log().length();
        jdbc.execute("update policy set review_reminded_on = null, acknowledgement_reminded_on = null;"
                + " delete from daily_job_run");

        await("both instances to fire the daily jobs again", Duration.ofSeconds(30), () -> {
            try {
                return jdbc.queryForObject("select count(*) from daily_job_run", Long.class) == 3 * schools
                        && a.log().substring(aLogBefore).contains("policy-reminders for ")
                        && b.log().substring(bLogBefore).contains("policy-reminders for ");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(jdbc.queryForList(
                        "select job || ' ' || count(*) from daily_job_run group by job order by job", String.class))
                .containsExactly("integrity-check " + schools, "policy-reminders " + schools, "retention " + schools);
        assertThat(jdbc.queryForObject(
                        "select count(*) from integrity_check_run where checked_at > ?", Long.class, newDay))
                .as("one check in each school")
                .isEqualTo(schools);
        var reminders = jdbc.queryForList("""
                select school_id, recipient, subject, count(*) as times from notice
                where created_at > ? and (subject like '%overdue for review%' or subject like 'Reminder: please read the %')
                group by school_id, recipient, subject""", newDay);
        System.out.println("Policy reminders of the day: " + reminders.size());
        assertThat(reminders)
                .as("policy reminders")
                .isNotEmpty()
                .allSatisfy(row -> assertThat(((Number) row.get("times")).intValue())
                        .as(row.toString())
                        .isOne());
        await("reminder e-mails", Duration.ofSeconds(30), () -> pendingEmails(jdbc) == 0);
        // Each school's name heads its e-mails' subjects.
        var mailed = Arrays.stream(mail.getReceivedMessages())
                .filter(m ->
                        subject(m).contains("overdue for review") || subject(m).contains("Reminder: please read"))
                .collect(Collectors.groupingBy(m -> recipients(m) + " " + subject(m), Collectors.counting()));
        // A person in both schools is reminded of each school's policy: one e-mail per notice.
        assertThat(mailed.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(reminders.size());
        // With the school's name in front, each school's reminder is its own e-mail, sent once.
        assertThat(mailed.size()).isEqualTo(reminders.size());
        assertThat(mailed.values()).allMatch(times -> times == 1);
    }

    /** SLT's connection of the account to X and its switch from the sandbox, as the screens store them. */
    private static void connectToX(JdbcTemplate jdbc, String key) {
        var account = jdbc.queryForObject("select id from social_account where handle = ?", UUID.class, ACCOUNT);
        var secret =
                CredentialCipher.fromBase64(key, "safepost.credentials.key").encrypt(FakeX.TOKEN, account);
        jdbc.update("""
                insert into account_credential (id, version, account_id, kind, secret, connected_at, connected_by, school_id)
                values (?, 0, ?, 'OAUTH_TOKEN', ?, now(), 'deputy', (select school_id from social_account where id = ?))
                on conflict (account_id) do update set kind = excluded.kind, secret = excluded.secret,
                    connected_at = excluded.connected_at, connected_by = excluded.connected_by""", UUID.randomUUID(), account, secret, account);
        jdbc.update("""
                insert into live_publishing (account_id, version, live, changed_by, changed_at, school_id)
                values (?, 0, true, 'deputy', now(), (select school_id from social_account where id = ?))
                on conflict (account_id) do update set live = true""", account, account);
    }

    /**
     * Posts written by the Class 3 teacher through {@code writeOn} and approved by the deputy through
     * {@code approveOn}, alternating between the two for the even ones.
     */
    private List<String> approveThrough(PortalProcess writeOn, PortalProcess approveOn, String batch, int count)
            throws Exception {
        var account = accountId(writeOn);
        var texts = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            var text = "Kestrels' " + batch + " news " + i + " of " + count + ": we planted bulbs by the gate.";
            var writer = i % 2 == 0 ? approveOn : writeOn;
            var approver = i % 2 == 0 ? writeOn : approveOn;
            var draft =
                    call(writer, "POST", "/api/v1/drafts", "teacher", Map.of("accountId", account, "text", text), 201);
            var id = draft.get("id").asString();
            var submitted = call(writer, "POST", "/api/v1/drafts/" + id + "/submit", "teacher", Map.of(), 200);
            call(
                    approver,
                    "POST",
                    "/api/v1/drafts/" + id + "/decision",
                    "deputy",
                    Map.of(
                            "decision",
                            "approve",
                            "version",
                            submitted.get("version").asLong()),
                    200);
            texts.add(text);
        }
        return texts;
    }

    private String accountId(PortalProcess portal) throws Exception {
        var accounts = JSON.readTree(
                send(portal, "GET", "/api/v1/accounts", "teacher", null).body());
        for (var account : accounts) {
            if (ACCOUNT.equals(account.get("handle").asString())) {
                return account.get("id").asString();
            }
        }
        throw new AssertionError("the teacher has no " + ACCOUNT + ": " + accounts);
    }

    private JsonNode call(
            PortalProcess portal, String method, String path, String user, Map<String, Object> body, int expected)
            throws Exception {
        var response = send(portal, method, path, user, JSON.writeValueAsString(body));
        assertThat(response.statusCode())
                .as("%s %s: %s", method, path, response.body())
                .isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(PortalProcess portal, String method, String path, String user, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static FakePlatform.Reply[] slowReplies(int count) {
        var replies = new FakePlatform.Reply[count];
        Arrays.fill(replies, FakePlatform.Reply.slow(Duration.ofSeconds(3)));
        return replies;
    }

    /** Posts claimed by that instance, still "sending", that X already holds: X's answer is on its way. */
    private static List<String> sentButUnrecordedBy(JdbcTemplate jdbc, FakeX x, String instance, List<String> posts) {
        var sending = jdbc.queryForList(
                "select post_text from publication where status = 'SENDING' and claimed_by like ?"
                        + " and post_text in (" + placeholders(posts) + ")",
                String.class,
                prepend("%" + instance + "%", posts));
        return x.tweets().stream()
                .map(FakeX.Tweet::text)
                .filter(sending::contains)
                .toList();
    }

    private static void assertOnXOnce(FakeX x, List<String> posts) {
        var onX = x.tweets().stream()
                .map(FakeX.Tweet::text)
                .filter(posts::contains)
                .collect(Collectors.groupingBy(text -> text, Collectors.counting()));
        assertThat(onX)
                .as("posts on X")
                .hasSize(posts.size())
                .allSatisfy((text, times) -> assertThat(times).as(text).isOne());
    }

    private static long published(JdbcTemplate jdbc, List<String> posts) {
        return jdbc.queryForObject(
                "select count(*) from publication where status = 'PUBLISHED' and post_text in (" + placeholders(posts)
                        + ")",
                Long.class,
                posts.toArray());
    }

    private static long notices(JdbcTemplate jdbc, String subject) {
        return jdbc.queryForObject("select count(*) from notice where subject = ?", Long.class, subject);
    }

    private static long pendingEmails(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from outbound_email where status = 'PENDING'", Long.class);
    }

    private static long received(GreenMail mail, String subject) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> subject(m).endsWith(": " + subject))
                .count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String placeholders(List<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }

    private static Object[] prepend(Object first, List<String> rest) {
        var all = new ArrayList<Object>(List.of(first));
        all.addAll(rest);
        return all.toArray();
    }

    private static void await(String what, Duration within, BooleanSupplier done) {
        Awaitility.await(what)
                .atMost(within)
                .pollInterval(Duration.ofMillis(50))
                .pollInSameThread()
                .until(done::getAsBoolean);
    }
}
