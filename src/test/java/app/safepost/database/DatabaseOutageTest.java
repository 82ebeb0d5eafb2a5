package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import app.safepost.common.DatabaseOutage;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.ui.DraftEditorView;
import app.safepost.security.DemoSignIn;
import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.SmallDisk;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The database stops while a teacher is writing a post and comes back a little later: saving says the
 * database is temporarily unavailable (no stack trace, nothing saved), the API answers 503 with
 * Retry-After, and once the database is back the same screen saves without restarting the portal.
 * The same when the database's disk fills up while the portal runs. The portal runs on a PostgreSQL
 * server of its own here, on a small disk of its own ({@link SmallDisk}), so stopping it or filling
 * its disk disturbs no other test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.hikari.connection-timeout=2000",
            "spring.datasource.hikari.validation-timeout=1000"
        })
@ContextConfiguration(initializers = DatabaseOutageTest.OwnServer.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DatabaseOutageTest extends SpringBrowserlessTest {

    /** A PostgreSQL server only this test's portal uses, that the test may stop and start again. */
    static final class OwnServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        /** A disk of its own, so that it can also be filled (a tmpfs: needs root, as the tests have). */
        static final Path DISK =
                Path.of("target", "outage-disk-" + ProcessHandle.current().pid());

        static final Path DATA = DISK.resolve("postgres");
        static int port;
        static EmbeddedPostgres server;
        static SmallDisk disk;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            disk = SmallDisk.mount(DISK, 160);
            try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
            var properties = new HashMap<String, Object>();
            properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("outage-database", properties));
        }

        static void start() {
            try {
                Files.createDirectories(DATA);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(DATA)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("fsync", "off")
                        .setPGStartupWait(java.time.Duration.ofSeconds(90))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the outage test's PostgreSQL", e);
            }
        }

        static void stop() {
            try {
                server.close();
                // The next start uses the same port: wait until the old server has let go of it, or the new
                // one could find it taken and the old one answer for it while shutting down.
                await().atMost(java.time.Duration.ofSeconds(30))
                        .pollInterval(java.time.Duration.ofMillis(100))
                        .until(() -> !answers());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static boolean answers() {
            for (var address : new String[] {"127.0.0.1", "::1"}) {
                try (var socket = new java.net.Socket()) {
                    socket.connect(new java.net.InetSocketAddress(address, port), 500);
                    return true;
                } catch (IOException refused) {
                    // not on this address
                }
            }
            return false;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoSignIn demoSignIn;

    @Autowired
    Drafts drafts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (OwnServer.server != null) {
            OwnServer.server.close();
        }
        if (OwnServer.disk != null) {
            OwnServer.disk.close();
        }
    }

    private void signInAs(String username) {
        var user = demoSignIn.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private static String chain(Throwable failure) {
        var text = new StringBuilder();
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(cause.getClass().getName())
                    .append(": ")
                    .append(cause.getMessage())
                    .append(" / ");
        }
        return text.toString();
    }

    @Test
    void while_the_database_is_down_screens_and_api_say_so_and_afterwards_the_portal_works_again() {
        signInAs(DemoUsers.TEACHER);
        navigate(DraftEditorView.class);
        var words = "Kestrels visited the library " + System.nanoTime();
        test($(TextArea.class).id("post-text")).setValue(words);
        var api = new Api(port);
        assertThat(api.get("/api/v1/accounts", DemoUsers.TEACHER).statusCode()).isEqualTo(200);

        OwnServer.stop();
        try {
            // Browserless tests see a listener's exception directly; in a browser Vaadin hands it to the
            // session's error handler, which is what the person sees.
            var failure =
                    catchThrowable(() -> test($(Button.class).id("save-draft")).click());
            assertThat(failure).isNotNull();
            assertThat(DatabaseOutage.isCause(failure)).as(chain(failure)).isTrue();
            VaadinSession.getCurrent()
                    .getErrorHandler()
                    .error(new ErrorEvent(
                            failure,
                            $(Button.class).id("save-draft").getElement().getNode()));
            roundTrip();
            var notices = $(Notification.class).all().stream()
                    .map(n -> n.getElement().getProperty("text", "")
                            + n.getElement().getTextRecursively())
                    .toList();
            assertThat(notices).contains(DatabaseOutage.SCREEN_MESSAGE);
            assertThat(notices).noneMatch(n -> n.contains("Exception") || n.contains("Reference"));

            var unavailable = api.get("/api/v1/accounts", DemoUsers.TEACHER);
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(unavailable.body()).contains("temporarily-unavailable").doesNotContain("Exception", "org.");
        } finally {
            OwnServer.start();
        }

        long back = System.nanoTime();
        // The connection pool finds the server again on its own schedule; until then a call is an outage.
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .ignoreExceptionsMatching(DatabaseOutage::isCause)
                .untilAsserted(() ->
                        assertThat(drafts.mine()).noneMatch(d -> d.opening().equals(words)));
        test($(Button.class).id("save-draft")).click();
        System.out.printf(
                "Database back: the same screen saved %d ms after the server accepted connections%n",
                (System.nanoTime() - back) / 1_000_000);
        assertThat(drafts.mine()).filteredOn(d -> d.opening().equals(words)).hasSize(1);
        assertThat(api.get("/api/v1/accounts", DemoUsers.TEACHER).statusCode()).isEqualTo(200);
    }

    /**
     * A full disk refuses only the writes that need a new page: one that fits in a page already there
     * still goes in. So the test saves again and again, each save complete, until one is refused.
     */
    @Test
    void while_the_databases_disk_is_full_screens_and_api_say_so_nothing_is_half_saved_and_afterwards_it_saves()
            throws Exception {
        signInAs(DemoUsers.TEACHER);
        navigate(DraftEditorView.class);
        var api = new Api(port);
        var account =
                api.get("/api/v1/accounts", DemoUsers.TEACHER).body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        var robins = "Robins planted bulbs " + System.nanoTime();
        // Recycled WAL files are kept for later use, so the log itself still has room once the disk is full.
        sql("checkpoint");

        OwnServer.disk.fill();
        try {
            Throwable failure = null;
            String refusedText = null;
            int save = 0;
            while (save < 500 && failure == null) {
                save++;
                refusedText = robins + ", take " + save;
                test($(TextArea.class).id("post-text")).setValue(refusedText);
                failure = catchThrowable(
                        () -> test($(Button.class).id("save-draft")).click());
            }
            assertThat(failure).as("a save refused before the 500th").isNotNull();
            assertThat(DatabaseOutage.isCause(failure)).as(chain(failure)).isTrue();
            VaadinSession.getCurrent()
                    .getErrorHandler()
                    .error(new ErrorEvent(
                            failure,
                            $(Button.class).id("save-draft").getElement().getNode()));
            roundTrip();
            assertThat($(Notification.class).all().stream()
                            .map(n -> n.getElement().getProperty("text", ""))
                            .toList())
                    .contains(DatabaseOutage.SCREEN_MESSAGE);
            assertThat(rowsHolding(refusedText))
                    .as("the refused version, in drafts or their history")
                    .isZero();

            HttpResponse<String> refused = null;
            String refusedByApi = null;
            int post = 0;
            while (post < 500 && (refused == null || refused.statusCode() == 201)) {
                post++;
                refusedByApi = robins + ", by the API " + post;
                refused = api.send(
                        "POST",
                        "/api/v1/drafts",
                        DemoUsers.TEACHER,
                        "application/json",
                        "{\"accountId\":\"" + account + "\",\"text\":\"" + refusedByApi + "\"}");
            }
            System.out.printf(
                    "Disk full while running: save %d in the editor and draft %d by the API were refused%n",
                    save, post);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(refused.body()).contains("temporarily-unavailable").doesNotContain("Exception", "org.", "space");
            assertThat(rowsHolding(refusedByApi)).isZero();
            // Reading still works: the portal is not down, it cannot take changes.
            assertThat(api.get("/api/v1/accounts", DemoUsers.TEACHER).statusCode())
                    .isEqualTo(200);

            OwnServer.disk.free();
            test($(Button.class).id("save-draft")).click();
            var savedAtLast = refusedText;
            assertThat(drafts.mine())
                    .filteredOn(d -> d.opening().equals(savedAtLast))
                    .hasSize(1);
        } finally {
            OwnServer.disk.free();
        }
    }

    private static long rowsHolding(String text) throws java.sql.SQLException {
        try (var connection =
                        OwnServer.server.getDatabase("postgres", "postgres").getConnection();
                var query = connection.prepareStatement("select (select count(*) from draft where body = ?)"
                        + " + (select count(*) from draft_aud where body = ?)")) {
            query.setString(1, text);
            query.setString(2, text);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void sql(String statement) throws java.sql.SQLException {
        try (var connection =
                OwnServer.server.getDatabase("postgres", "postgres").getConnection()) {
            connection.createStatement().execute(statement);
        }
    }
}
