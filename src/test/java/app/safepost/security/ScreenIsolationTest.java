package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountId;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.Incidents;
import app.safepost.testing.ScreenTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every screen whose address names a record (a route parameter, from Vaadin's route registry, so a new
 * one without a case fails the build; and the screens that open a record from a query parameter), in
 * both directions between the demo trust's schools: SLT of one school opening the other school's
 * record see exactly what an id that does not exist shows, the portal's not-found page where the
 * record is the route's, and nothing of the record.
 */
class ScreenIsolationTest extends ScreenTest {

    /** The parents' consent form: its token is the permission and names its school, whoever is signed in. */
    private static final Set<String> NOT_A_SCHOOLS_ID = Set.of("consent-form/:token");

    /** A demo school: its SLT, who open the other's records, and the teacher who writes its drafts. */
    record School(String name, SchoolId id, String slt, String teacher, String classAccount) {}

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Autowired
    Drafts drafts;

    @Autowired
    Incidents incidents;

    @Autowired
    FollowerRegister followers;

    /**
     * An address with {@code %s} for a record's id, the owner school's record there, and what the screen
     * says of a record it does not have (none where it shows its list without one).
     */
    record Opening(String address, Function<School, String> ownersRecord, String notFound) {
        Opening(String address, Function<School, String> ownersRecord) {
            this(address, ownersRecord, NOT_FOUND_PAGE);
        }
    }

    private static final String NOT_FOUND_PAGE = "There is no such page";

    /** Route template → how the owner school's record is opened there. */
    private Map<String, Opening> routeCases() {
        var cases = new LinkedHashMap<String, Opening>();
        cases.put(
                "pupils/:id",
                new Opening("pupils/%s", owner -> row("select id::text from pupil where school_id = ?", owner)));
        cases.put(
                "pupils/:id/everything-we-hold",
                new Opening(
                        "pupils/%s/everything-we-hold",
                        owner -> row("select id::text from pupil where school_id = ?", owner)));
        cases.put("policies/:id", new Opening("policies/%s", this::policy));
        cases.put("policies/:id/review", new Opening("policies/%s/review", this::policy));
        cases.put("post/:draftId?", new Opening("post/%s", this::submittedDraft));
        cases.put("review/:draftId?", new Opening("review/%s", this::submittedDraft, "There is no such draft."));
        return cases;
    }

    /** Screens that open a record named in a query parameter; they show the list without it when it is not found. */
    private Map<String, Opening> queryCases() {
        var cases = new LinkedHashMap<String, Opening>();
        cases.put("incidents?incident=", new Opening("incidents?incident=%s", this::incident, ""));
        cases.put("followers?follower=", new Opening("followers?follower=%s", this::follower, ""));
        cases.put(
                "audit?type=pupil&record=",
                new Opening(
                        "audit?type=pupil&record=%s",
                        owner -> row("select id::text from pupil where school_id = ?", owner), ""));
        return cases;
    }

    private School jesseGray() {
        return new School("Jesse Gray", TestSchools.jesseGray(jdbc), "head", "teacher", "@JGP_Kestrels");
    }

    private School fenwickRoad() {
        return new School("Fenwick Road", TestSchools.fenwickRoad(jdbc), "fr-head", "fr-teacher", "@FRP_Badgers");
    }

    @Test
    void every_route_that_names_a_record_has_an_isolation_case() {
        var withParameters = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate())
                .filter(template -> template.contains(":"))
                .filter(template -> !NOT_A_SCHOOLS_ID.contains(template))
                .toList();

        assertThat(withParameters).hasSizeGreaterThanOrEqualTo(5);
        assertThat(routeCases().keySet()).containsExactlyInAnyOrderElementsOf(withParameters);
    }

    @Test
    void another_schools_record_in_a_route_shows_the_not_found_page_as_a_missing_one_does() {
        var wrong = new ArrayList<String>();
        for (var direction : List.of(List.of(fenwickRoad(), jesseGray()), List.of(jesseGray(), fenwickRoad()))) {
            for (var entry : routeCases().entrySet()) {
                wrong.addAll(sameAsMissing(direction.get(0), direction.get(1), entry.getKey(), entry.getValue()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void another_schools_record_in_a_query_parameter_opens_nothing_as_a_missing_one_does() {
        var wrong = new ArrayList<String>();
        for (var direction : List.of(List.of(fenwickRoad(), jesseGray()), List.of(jesseGray(), fenwickRoad()))) {
            for (var entry : queryCases().entrySet()) {
                wrong.addAll(sameAsMissing(direction.get(0), direction.get(1), entry.getKey(), entry.getValue()));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The caller's screen for the owner's record and for a random id: the same view showing the same
     * text and the same rows, saying it has no such record where the screen says so; while the owner's
     * own SLT do see it there.
     */
    private List<String> sameAsMissing(School caller, School owner, String template, Opening opening) {
        var theirId = opening.ownersRecord().apply(owner);
        var missingId = UUID.randomUUID().toString();
        signInAs(caller.slt());
        var shownForTheirs = shown(opening.address().formatted(theirId));
        var shownForMissing = shown(opening.address().formatted(missingId));
        var wrong = new ArrayList<String>();
        var where = caller.name() + " opening " + owner.name() + "'s " + template;
        if (!shownForTheirs.contains(opening.notFound())) {
            wrong.add(where + " showed " + shownForTheirs);
        }
        if (!shownForTheirs.replace(theirId, "{id}").equals(shownForMissing.replace(missingId, "{id}"))) {
            wrong.add(where + " showed " + shownForTheirs + " but for a missing id " + shownForMissing);
        }
        signInAs(owner.slt());
        if (shown(opening.address().formatted(theirId))
                .replace(theirId, "{id}")
                .equals(shown(opening.address().formatted(missingId)).replace(missingId, "{id}"))) {
            wrong.add(owner.name() + "'s own SLT do not see their record at " + template);
        }
        return wrong;
    }

    /** The view an address opens: its class, its text and the rows of its grids. */
    private String shown(String address) {
        var query = address.indexOf('?');
        if (query < 0) {
            navigate(address, Component.class);
        } else {
            UI.getCurrent()
                    .navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
        var view = (Component) getCurrentView();
        var rows = new ArrayList<String>();
        view.getChildren().forEach(child -> collectRows(child, rows));
        return view.getClass().getSimpleName() + ": " + view.getElement().getTextRecursively() + " " + rows;
    }

    private static void collectRows(Component component, List<String> rows) {
        if (component instanceof Grid<?> grid) {
            rows.add(grid.getGenericDataView()
                    .getItems()
                    .map(String::valueOf)
                    .toList()
                    .toString());
        }
        component.getChildren().forEach(child -> collectRows(child, rows));
    }

    // The owner school's records, made by its own people where the demo has none.

    private final Map<String, String> made = new LinkedHashMap<>();

    private String submittedDraft(School owner) {
        return made.computeIfAbsent("draft " + owner.name(), k -> {
            SignedIn.as(demoUsers, owner.teacher());
            var account = new AccountId(UUID.fromString(row(
                    "select id::text from social_account where school_id = ?" + " and handle = '" + owner.classAccount()
                            + "'",
                    owner)));
            var draft = drafts.create(account, DraftContent.text("Our class assembly was lovely."));
            drafts.submit(draft.id(), draft.version(), "Checked with the class teacher.");
            SignedIn.nobody();
            return draft.id().toString();
        });
    }

    private String incident(School owner) {
        return made.computeIfAbsent("incident " + owner.name(), k -> {
            SignedIn.as(demoUsers, owner.slt());
            var account = new AccountId(UUID.fromString(row(
                    "select id::text from social_account where school_id = ?" + " and handle = '" + owner.classAccount()
                            + "'",
                    owner)));
            var reported = incidents.report(new IncidentReport(
                    account,
                    IncidentCategory.OFFENSIVE_LANGUAGE,
                    "A rude reply under the harvest festival post.",
                    null,
                    null,
                    false));
            SignedIn.nobody();
            return reported.id().toString();
        });
    }

    private String follower(School owner) {
        return made.computeIfAbsent("follower " + owner.name(), k -> {
            SignedIn.as(demoUsers, owner.slt());
            var account = new AccountId(UUID.fromString(row(
                    "select id::text from social_account where school_id = ?" + " and handle = '" + owner.classAccount()
                            + "'",
                    owner)));
            var added = followers.add(
                    account,
                    "@isolation_" + owner.name().replace(" ", "").toLowerCase(),
                    "A follower of " + owner.name(),
                    LocalDate.of(2026, 1, 5));
            SignedIn.nobody();
            return added.id().toString();
        });
    }

    private String policy(School owner) {
        return row("select policy_id::text from policy_document where school_id = ? and version_number = 1", owner);
    }

    /** The first of the owner's rows, read past row-level security as only a fixture may. */
    private static String row(String sql, School owner) {
        return TestDatabase.superuserJdbc()
                .queryForList(
                        sql + " order by 1 limit 1", String.class, owner.id().value())
                .getFirst();
    }
}
