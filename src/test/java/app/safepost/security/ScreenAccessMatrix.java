package app.safepost.security;

import static app.safepost.testing.DemoUsers.COMPUTING;
import static app.safepost.testing.DemoUsers.DEPUTY;
import static app.safepost.testing.DemoUsers.GOVERNOR;
import static app.safepost.testing.DemoUsers.HEAD;
import static app.safepost.testing.DemoUsers.MUSIC;
import static app.safepost.testing.DemoUsers.OFFICE;
import static app.safepost.testing.DemoUsers.TA;
import static app.safepost.testing.DemoUsers.TEACHER;
import static app.safepost.testing.DemoUsers.TEACHER4;
import static app.safepost.testing.DemoUsers.TRUST;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.shell.ui.AccessDeniedView;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.TestSchools;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every screen × every demo user: the screen opens for exactly the roles DESIGN.md gives it and shows
 * the access-denied page to everyone else. A new screen fails this test until it is added here. The
 * same table is checked in each sign-in mode; a subclass says how a demo user is signed in. The
 * trust's people work in Jesse Gray with it in hand: the trust leader and data protection officer
 * (trust roles only) open what anyone signed in may, the trust's screens, policy reviews and the audit
 * trail, never a draft, the review queue or the roster;
 * the teaching assistant of Jesse Gray's Class 2 what a teaching assistant may.
 */
abstract class ScreenAccessMatrix extends SpringBrowserlessTest {

    /** Route path → the demo users who may open it. */
    static final Map<String, Set<String>> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("school", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("accounts", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, MUSIC)),
            Map.entry("trip-delegations", Set.of(HEAD, DEPUTY)),
            Map.entry("guidance", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, GOVERNOR, MUSIC)),
            Map.entry("pupils", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, OFFICE, MUSIC)),
            Map.entry("pupils/import", Set.of(OFFICE)),
            Map.entry("pupils/:id", Set.of(HEAD, DEPUTY, OFFICE)),
            // Subject access and erasure: SLT and the data protection officer (the head in the demo).
            Map.entry("pupils/:id/everything-we-hold", Set.of(HEAD, DEPUTY)),
            Map.entry("photo-consent", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, OFFICE, MUSIC)),
            Map.entry("photo-consent/print", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, OFFICE, MUSIC)),
            Map.entry("consent-purposes", Set.of(HEAD, DEPUTY)),
            Map.entry("consent-form/:token", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("photos", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, MUSIC)),
            Map.entry("classes", Set.of(HEAD, DEPUTY)),
            Map.entry("devices", Set.of(HEAD, DEPUTY, OFFICE)),
            Map.entry("policies", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("policies/:id", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("policies/:id/review", Set.of(HEAD, DEPUTY, GOVERNOR, TRUST)),
            Map.entry("notices", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("post/:draftId?", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, MUSIC)),
            Map.entry("drafts", Set.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, MUSIC)),
            Map.entry("review/:draftId?", Set.of(HEAD, DEPUTY)),
            Map.entry("published", Set.of(HEAD, DEPUTY)),
            Map.entry("calendar", Set.of(HEAD, DEPUTY)),
            Map.entry("search", Set.of(HEAD, DEPUTY)),
            Map.entry("audit", Set.of(HEAD, DEPUTY, GOVERNOR, TRUST)),
            Map.entry("audit/integrity", Set.of(HEAD, DEPUTY, GOVERNOR, TRUST)),
            Map.entry("trust", Set.of(TRUST)),
            Map.entry("trust/add-school", Set.of(TRUST)),
            Map.entry("followers", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("follows", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("incidents", Set.copyOf(DemoUsers.EVERYONE)),
            Map.entry("incidents/report", Set.of(HEAD, DEPUTY, GOVERNOR))));

    /** Routes outside the signed-in portal. */
    static final Set<String> PUBLIC_ROUTES = Set.of("login");

    /** Screens open to everyone, signed in or not: the parents' consent form. */
    static final Set<String> OPEN_TO_ANONYMOUS = Set.of("consent-form/:token");

    /** How this sign-in mode authenticates the demo user. */
    abstract Authentication signedIn(String username);

    /** The demo user signed in with Jesse Gray in hand, whichever school they chose last. */
    private Authentication inJesseGray(String username) {
        var authentication = signedIn(username);
        var staff = SignedInStaff.from(authentication).orElseThrow();
        return SchoolInHandAuthentications.with(authentication, staff.withSchoolInHand(TestSchools.jesseGray(jdbc)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_route_of_the_portal_is_in_the_matrix() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate())
                .filter(path -> !PUBLIC_ROUTES.contains(path))
                .toList();
        assertThat(MATRIX.keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void each_user_opens_exactly_the_screens_their_roles_allow() {
        var wrong = new ArrayList<String>();
        for (var user : DemoUsers.EVERYONE) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(inJesseGray(user));
            SecurityContextHolder.setContext(context);
            for (var entry : MATRIX.entrySet()) {
                var view = openAs(entry.getKey());
                boolean opened = !(view instanceof AccessDeniedView);
                if (opened != entry.getValue().contains(user)) {
                    wrong.add(user + " → /" + entry.getKey() + (opened ? " opened" : " denied"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Autowired
    private JdbcTemplate jdbc;

    private Component openAs(String template) {
        navigate(concrete(template), Component.class);
        return (Component) getCurrentView();
    }

    /** The route with its parameters filled in with a real record. */
    private String concrete(String template) {
        if (template.endsWith("/:token")) {
            return template.replace(":token", "a-link-that-was-never-sent");
        }
        if (template.endsWith("/:draftId?")) {
            return template.substring(0, template.indexOf("/:draftId?"));
        }
        if (!template.contains(":id")) {
            return template;
        }
        if (template.startsWith("policies/")) {
            var policy = jdbc.queryForObject(
                    "select policy_id from policy_document where version_number = 1"
                            + " and title = 'Social media (Twitter) policy'",
                    String.class);
            return template.replace(":id", policy);
        }
        var pupil = jdbc.queryForObject("select id from pupil where not archived order by upn limit 1", String.class);
        return template.replace(":id", pupil);
    }

    /** Route templates with an example parameter, for requests that never reach the route. */
    static List<String> routes() {
        return MATRIX.keySet().stream()
                .filter(r -> !OPEN_TO_ANONYMOUS.contains(r))
                .map(r ->
                        r.replace(":id", "00000000-0000-0000-0000-000000000000").replace("/:draftId?", ""))
                .toList();
    }
}
