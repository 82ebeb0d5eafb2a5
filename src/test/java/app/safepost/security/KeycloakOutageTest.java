package app.safepost.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.TcpForwarder;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestKeycloak;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Keycloak stops answering and comes back, for real: the portal (single sign-on mode) is told to find
 * Keycloak behind a {@link TcpForwarder} that the test cuts and restores, in a realm of its own whose
 * every address is the forwarder's, so the shared test Keycloak itself never stops. The first test
 * runs before the portal has ever reached Keycloak (the forwarder is cut from the start); the second
 * after it has read the realm's metadata and keys.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.address=127.0.0.1",
            "safepost.sso.client-id=safepost",
            "safepost.sso.client-secret=safepost-demo-secret",
            // Keys are read again after a second here, so the test sees them kept through an outage.
            "safepost.sso.key-refresh=1s",
            "safepost.demo-school.load=true"
        })
@ContextConfiguration(initializers = {TestDatabase.class, KeycloakOutageTest.RealmBehindForwarder.class})
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakOutageTest {

    /** A copy of the demo realm reached only through a forwarder, which is cut when the portal starts. */
    static final class RealmBehindForwarder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static final String REALM = "safepost-outage-" + ProcessHandle.current().pid();
        static TcpForwarder keycloak;
        static String issuer;
        static String base;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            keycloak = new TcpForwarder(URI.create(TestKeycloak.BASE).getPort());
            int port;
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            base = "http://127.0.0.1:" + port;
            issuer = TestKeycloak.createRealm(REALM, "http://127.0.0.1:" + keycloak.port(), base);
            var properties = new HashMap<String, Object>();
            properties.put("server.port", port);
            properties.put("safepost.sso.issuer-uri", issuer);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("keycloak-outage", properties));
        }
    }

    @RegisterExtension
    static Chromium chromium = new Chromium();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @AfterAll
    static void removeRealm() {
        RealmBehindForwarder.keycloak.close();
        TestKeycloak.deleteRealm(RealmBehindForwarder.REALM);
    }

    @Test
    @Order(1)
    void before_the_portal_ever_reached_keycloak_sign_in_shows_the_portals_page_and_works_once_keycloak_answers()
            throws Exception {
        var keycloak = RealmBehindForwarder.keycloak;
        assertThat(keycloak.isForwarding()).as("cut since the portal started").isFalse();

        var start = get("/school", null);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(KeycloakRealm.SIGN_IN_PATH));
        long asked = System.nanoTime();
        var signIn = get(KeycloakRealm.SIGN_IN_PATH, null);
        System.out.printf(
                "Keycloak refusing connections: the sign-in page answered 503 in %d ms%n",
                (System.nanoTime() - asked) / 1_000_000);
        assertOutagePage(signIn);

        // A token Keycloak issued is neither good nor bad while its keys cannot be read: 503, not 401.
        var token = TestKeycloak.accessToken(
                TestKeycloak.BASE + "/realms/" + RealmBehindForwarder.REALM, TestKeycloak.CLIENT, DemoUsers.TEACHER);
        var api = get("/api/v1/me", "Bearer " + token);
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Retry-After")).hasValue(KeycloakOutage.RETRY_AFTER_SECONDS);
        assertThat(api.body())
                .contains("/problems/temporarily-unavailable", "sign-in service")
                .doesNotContain("Exception", "org.");

        Page page = chromium.newPage();
        var response = page.navigate(RealmBehindForwarder.base + "/school");
        assertThat(response.status()).isEqualTo(503);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(KeycloakOutage.HEADING);
        assertThat(page.locator("main")).containsText("try again in a few minutes");
        assertThat(page.locator("main")).containsText("tell the school office");
        assertThat(Chromium.seriousAccessibilityViolations(page))
                .as("the sign-in outage page")
                .isEmpty();
        Chromium.screenshot(page, "keycloak-not-answering");
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again")))
                .isFocused();

        keycloak.restore();
        long back = System.nanoTime();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.startsWith(RealmBehindForwarder.issuer + "/protocol/openid-connect/auth"));
        System.out.printf(
                "Keycloak back: the first \"Try again\" reached its sign-in page %d ms later%n",
                (System.nanoTime() - back) / 1_000_000);
        Chromium.submitKeycloakSignIn(page, RealmBehindForwarder.issuer, DemoUsers.TEACHER, DemoUsers.PASSWORD);
        // Back on the screen first asked for.
        // (Spring Security may add "?continue" to it.)
        page.waitForURL(url -> url.startsWith(RealmBehindForwarder.base + "/school"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("School profile").setExact(true)))
                .isVisible();
        assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void once_keycloak_was_read_signed_in_staff_and_tokens_carry_on_through_an_outage_and_sign_in_recovers()
            throws Exception {
        var keycloak = RealmBehindForwarder.keycloak;
        var issuer = RealmBehindForwarder.issuer;
        keycloak.restore();
        Page signedIn = chromium.newPage();
        signInOnKeycloak(signedIn, DemoUsers.DEPUTY);
        var token = TestKeycloak.accessToken(issuer, TestKeycloak.CLIENT, DemoUsers.TEACHER);
        assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(200);

        keycloak.cut();

        // A screen already signed in moves on without Keycloak.
        for (var screen : new String[] {"My drafts", "Review posts", "Notices"}) {
            signedIn.locator("vaadin-side-nav-item")
                    .filter(new Locator.FilterOptions().setHasText(screen))
                    .first()
                    .click();
            assertThat(signedIn.getByRole(
                            AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName(screen).setExact(true)))
                    .isVisible();
        }
        signedIn.locator("vaadin-side-nav-item")
                .filter(new Locator.FilterOptions().setHasText("Home"))
                .first()
                .click();
        assertThat(signedIn.getByText("Hello, Daniel Reeve")).isVisible();
        assertThat(signedIn.getByText("Something went wrong")).hasCount(0);

        // A token issued before keeps working, also after the keys were due to be read again.
        var me = get("/api/v1/me", "Bearer " + token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"teacher\"");
        Thread.sleep(1_500);
        assertThat(get("/api/v1/me", "Bearer " + token).statusCode()).isEqualTo(200);

        // A new sign-in is not sent to a Keycloak that does not answer, though its address is known.
        Thread.sleep(KeycloakRealm.PROBE_KEPT.toMillis());
        assertOutagePage(get(KeycloakRealm.SIGN_IN_PATH, null));
        Page newcomer = chromium.newPage();
        assertThat(newcomer.navigate(RealmBehindForwarder.base + "/").status()).isEqualTo(503);
        assertThat(newcomer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(KeycloakOutage.HEADING);

        // Signing out ends the portal's session and says that Keycloak could not be told, instead of
        // sending the browser to a Keycloak that does not answer.
        signedIn.locator("vaadin-menu-bar-button")
                .filter(new Locator.FilterOptions().setHasText("Daniel Reeve"))
                .click();
        signedIn.locator("vaadin-menu-bar-item")
                .filter(new Locator.FilterOptions().setHasText("Sign out"))
                .click();
        signedIn.waitForURL(RealmBehindForwarder.base + KeycloakOutage.SIGNED_OUT_PATH);
        assertThat(signedIn.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(KeycloakOutage.SIGNED_OUT_HEADING);
        assertThat(Chromium.seriousAccessibilityViolations(signedIn))
                .as("the signed-out page")
                .isEmpty();
        assertThat(signedIn.navigate(RealmBehindForwarder.base + "/school").status())
                .as("the portal's session is over: a sign-in is needed, and Keycloak is still down")
                .isEqualTo(503);

        // Keycloak stops after taking the password but before the portal could fetch the tokens.
        keycloak.restore();
        Page caughtOut = chromium.newPage();
        // Keycloak's answer to the password (a redirect back to the portal) gets through; then it stops.
        caughtOut.route("**/login-actions/authenticate**", route -> {
            var answer = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            keycloak.cut();
            route.fulfill(new Route.FulfillOptions().setResponse(answer));
        });
        caughtOut.navigate(RealmBehindForwarder.base + "/");
        Chromium.submitKeycloakSignIn(caughtOut, issuer, DemoUsers.GOVERNOR, DemoUsers.PASSWORD);
        assertThat(caughtOut.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(KeycloakOutage.HEADING);
        assertThat(caughtOut.locator("body")).not().containsText("Exception");

        // Back: the same page's "Try again" signs in, with no restart of the portal.
        keycloak.restore();
        newcomer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Try again"))
                .click();
        Chromium.submitKeycloakSignIn(newcomer, issuer, DemoUsers.HEAD, DemoUsers.PASSWORD);
        newcomer.waitForURL(url -> url.startsWith(RealmBehindForwarder.base + "/"));
        assertThat(newcomer.getByText("Hello, Helen Okoro")).isVisible();
    }

    private static void signInOnKeycloak(Page page, String username) {
        page.navigate(RealmBehindForwarder.base + "/");
        Chromium.submitKeycloakSignIn(page, RealmBehindForwarder.issuer, username, DemoUsers.PASSWORD);
        page.waitForURL(url -> url.startsWith(RealmBehindForwarder.base + "/"));
        page.locator("vaadin-app-layout").waitFor();
    }

    private static void assertOutagePage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.headers().firstValue("Retry-After")).hasValue(KeycloakOutage.RETRY_AFTER_SECONDS);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body())
                .contains(KeycloakOutage.HEADING)
                .doesNotContain("Exception", "at app.safepost", "8180", RealmBehindForwarder.issuer);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(RealmBehindForwarder.base + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
