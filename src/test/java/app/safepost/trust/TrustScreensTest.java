package app.safepost.trust;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.audit.IntegrityCheck;
import app.safepost.media.TestPhotos;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.IncidentSummary;
import app.safepost.moderation.Incidents;
import app.safepost.moderation.ui.IncidentsView;
import app.safepost.policies.PolicyLibrary;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.Schools;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolSwitch;
import app.safepost.shell.ui.AccessDeniedView;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import app.safepost.trust.ui.AddSchoolView;
import app.safepost.trust.ui.TrustView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The trust's team on the screens: the overview of every school, each school's incidents read with
 * pupils' names masked, the roster refused, and a school added (or, with a bad URN, not).
 */
@TrustPortal
class TrustScreensTest extends SpringBrowserlessTest {

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Autowired
    SchoolSwitch schoolSwitch;

    @Autowired
    Incidents incidents;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    PolicyLibrary policies;

    @Autowired
    ConsentPurposes purposes;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String user, SchoolId school) {
        SignedIn.as(demoUsers, user);
        schoolSwitch.choose(school);
    }

    @Test
    void the_trust_reads_both_schools_incidents_with_pupils_names_masked_as_governors_do() {
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        var inJesseGray = report(jesseGray, "@JesseGrayPrimary", "A reply named Amelia Khan " + UUID.randomUUID());
        var inFenwickRoad = report(fenwickRoad, "@FenwickRoad", "A reply named Zara Okafor " + UUID.randomUUID());

        signInAs(DemoUsers.TRUST, jesseGray);
        navigate(IncidentsView.class);
        var shownInJesseGray = incidentsShown();
        signInAs(DemoUsers.TRUST, fenwickRoad);
        navigate(IncidentsView.class);
        var shownInFenwickRoad = incidentsShown();

        assertThat(shownInJesseGray)
                .contains(masked(inJesseGray, "Amelia Khan"))
                .noneMatch(text -> text.contains("Amelia") || text.contains("Zara"));
        assertThat(shownInFenwickRoad)
                .contains(masked(inFenwickRoad, "Zara Okafor"))
                .noneMatch(text -> text.contains("Zara") || text.contains("Amelia"));
    }

    @Test
    void the_trust_is_refused_the_roster_and_the_review_queue_in_either_school() {
        for (var school : List.of(TestSchools.jesseGray(jdbc), TestSchools.fenwickRoad(jdbc))) {
            signInAs(DemoUsers.TRUST, school);
            for (var route : List.of("pupils", "pupils/import", "photo-consent", "review", "post", "drafts")) {
                navigate(route, com.vaadin.flow.component.Component.class);
                assertThat(getCurrentView()).as(route).isInstanceOf(AccessDeniedView.class);
            }
        }
    }

    @Test
    void the_trust_page_shows_each_schools_figures_in_a_row_of_its_own() {
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        report(fenwickRoad, "@FenwickRoad", "Spam under the sports day post.");
        SignedIn.systemIn(fenwickRoad);
        var open = incidents.openCount();

        signInAs(DemoUsers.TRUST, TestSchools.jesseGray(jdbc));
        navigate(TrustView.class);

        @SuppressWarnings("unchecked")
        var grid = test((Grid<SchoolFigures>) $(Grid.class).id("trust-schools"));
        var rows = IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        var row = IntStream.range(0, grid.size())
                .filter(i -> rows.get(i).school().equals(fenwickRoad))
                .findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(row, 0)).isEqualTo("Fenwick Road Primary School (URN 990002)");
        assertThat(grid.getCellText(row, 3)).isEqualTo(String.valueOf(open));
        assertThat(grid.getCellText(row, 5)).isEqualTo("1 overdue");
        assertThat(rows).extracting(SchoolFigures::urn).contains("990001", "990002");
    }

    @Test
    void a_bad_urn_is_explained_beside_its_field_and_adds_nothing() {
        var schoolsBefore = schoolCount();
        signInAs(DemoUsers.TRUST, TestSchools.jesseGray(jdbc));
        navigate(AddSchoolView.class);

        fill("Oakfield Primary School", "12345", "office@oakfield.example", "Oakfield Primary");
        assertThat($(TextField.class).id("new-school-urn").getErrorMessage())
                .isEqualTo("A URN is six digits, like 990003.");
        assertThat($(TextField.class).id("new-school-handle").getErrorMessage())
                .isEqualTo("A handle starts with @ and has only letters, digits and underscores.");
        fill("Oakfield Primary School", "990002", "office@oakfield.example", "@OakfieldPrimary");
        assertThat($(TextField.class).id("new-school-urn").getErrorMessage())
                .isEqualTo("A school with this URN is already in the trust.");
        assertThat($(TextField.class).id("new-school-handle").isInvalid()).isFalse();

        assertThat(getCurrentView()).isInstanceOf(AddSchoolView.class);
        assertThat(schoolCount()).isEqualTo(schoolsBefore);
    }

    @Test
    void the_trust_leader_adds_a_school_with_its_own_chain_purposes_account_and_the_trusts_policy() {
        signInAs(DemoUsers.TRUST, TestSchools.jesseGray(jdbc));
        navigate(AddSchoolView.class);

        fill("Oakfield Primary School", "990003", "office@oakfield.example", "@OakfieldPrimary");

        assertThat(getCurrentView()).isInstanceOf(TrustView.class);
        var oakfield = new SchoolId(jdbc.queryForObject("select id from school where urn = '990003'", UUID.class));
        // The trust's team, signed in before the school was added, reads it as any other school of the trust.
        schoolSwitch.choose(oakfield);
        SignedIn.systemIn(oakfield);
        var policy = policies.policyTitled(TrustSchools.POLICY_TITLE).orElseThrow();
        var text = policies.version(policy.id(), 1).orElseThrow().text();
        assertThat(text).contains("Oakfield Primary School").doesNotContain("Jesse Gray");
        assertThat(accounts.accountWithHandle("@OakfieldPrimary")).isPresent();
        assertThat(accounts.all()).hasSize(1);
        assertThat(purposes.active()).isNotEmpty();
        var chain = integrity.checkChain();
        assertThat(chain.intact()).isTrue();
        assertThat(chain.linksChecked()).isPositive();
    }

    @Test
    void the_trust_leader_adds_a_school_with_its_logo_and_its_classes_each_owning_its_class_account() {
        var logo = TestPhotos.png(TestPhotos.quadrants(200, 80));
        signInAs(DemoUsers.TRUST, TestSchools.jesseGray(jdbc));
        navigate(AddSchoolView.class);
        new UploadTester<>($(Upload.class).id("new-school-logo")).upload("ashgrove.png", "image/png", logo);
        classAccount(1, "Class 1", "1", "@Ashgrove_Wrens", Platform.X);
        classAccount(2, "Class 2", "2", "@wrens2.ashgrove.example", Platform.BLUESKY);

        fill("Ashgrove Primary School", "990004", "office@ashgrove.example", "@AshgrovePrimary");

        assertThat(getCurrentView()).isInstanceOf(TrustView.class);
        var ashgrove = new SchoolId(jdbc.queryForObject("select id from school where urn = '990004'", UUID.class));
        schoolSwitch.choose(ashgrove);
        SignedIn.systemIn(ashgrove);
        assertThat(schools.logo(ashgrove).orElseThrow().bytes()).isEqualTo(logo);
        var class1 = directory.classNamed("Class 1").orElseThrow();
        var class2 = directory.classNamed("Class 2").orElseThrow();
        assertThat(class1.yearGroup()).isEqualTo("1");
        assertThat(accounts.all())
                .extracting(a -> a.handle())
                .containsExactlyInAnyOrder("@AshgrovePrimary", "@Ashgrove_Wrens", "@wrens2.ashgrove.example");
        var wrens = accounts.accountWithHandle("@Ashgrove_Wrens").orElseThrow();
        var wrens2 = accounts.accountWithHandle("@wrens2.ashgrove.example").orElseThrow();
        assertThat(accounts.withOwningClass(wrens.id())
                        .orElseThrow()
                        .owningClass()
                        .id())
                .isEqualTo(class1.id());
        assertThat(accounts.withOwningClass(wrens2.id())
                        .orElseThrow()
                        .owningClass()
                        .id())
                .isEqualTo(class2.id());
        assertThat(wrens2.platform()).isEqualTo(Platform.BLUESKY);
        assertThat(accounts.all())
                .extracting(a -> a.kind())
                .containsExactlyInAnyOrder(AccountKind.WHOLE_SCHOOL, AccountKind.CLASS, AccountKind.CLASS);
        schoolSwitch.choose(TestSchools.jesseGray(jdbc));
        SignedIn.systemIn(TestSchools.jesseGray(jdbc));
        assertThat(accounts.accountWithHandle("@Ashgrove_Wrens"))
                .as("another school's account")
                .isEmpty();
    }

    @Test
    void a_bad_logo_or_class_account_is_explained_beside_its_field_and_nothing_of_the_school_is_saved() {
        var before = counts();
        signInAs(DemoUsers.TRUST, TestSchools.jesseGray(jdbc));
        navigate(AddSchoolView.class);
        new UploadTester<>($(Upload.class).id("new-school-logo")).upload("logo.webp", "image/png", TestPhotos.WEBP);
        classAccount(1, "", "", "Wrens", Platform.X);
        classAccount(2, "Class 2", "2", "@BirchPrimary", Platform.X);
        classAccount(3, "class 2", "3", "@Birch_Owls", Platform.MASTODON);

        fill("Birch Primary School", "990005", "office@birch.example", "@BirchPrimary");

        assertThat(getCurrentView()).isInstanceOf(AddSchoolView.class);
        assertThat($(Span.class).id("new-school-logo-refusal").getText())
                .isEqualTo("A logo must be a PNG or JPEG image.");
        assertThat($(TextField.class).id("class-account-1-class").getErrorMessage())
                .isEqualTo("Enter the class name, like Class 3.");
        assertThat($(Select.class).id("class-account-1-year").getErrorMessage()).isEqualTo("Choose the year group.");
        assertThat($(TextField.class).id("class-account-1-handle").getErrorMessage())
                .startsWith("A handle starts with @");
        assertThat($(TextField.class).id("class-account-2-handle").getErrorMessage())
                .isEqualTo("This handle is given above already.");
        assertThat($(TextField.class).id("class-account-3-class").getErrorMessage())
                .isEqualTo("This class is given above already.");
        assertThat($(TextField.class).id("class-account-3-handle").isInvalid()).isFalse();
        assertThat($(TextField.class).id("new-school-urn").isInvalid()).isFalse();
        assertThat(counts()).as("no school, class or account saved").isEqualTo(before);

        // Put right, the same form adds the school with exactly what it shows.
        new UploadTester<>($(Upload.class).id("new-school-logo"))
                .upload("birch.png", "image/png", TestPhotos.png(TestPhotos.quadrants(60, 60)));
        classAccount(1, "Class 1", "1", "@Birch_Wrens", Platform.X);
        classAccount(2, "Class 2", "2", "@Birch_Robins", Platform.X);
        classAccount(3, "Class 3", "3", "@owls@birch.example", Platform.MASTODON);
        test($(Button.class).id("add-school")).click();
        assertThat(getCurrentView()).isInstanceOf(TrustView.class);
        assertThat(counts()).isEqualTo(List.of(before.get(0) + 1, before.get(1) + 3, before.get(2) + 4));
    }

    private void classAccount(int row, String className, String yearGroup, String handle, Platform platform) {
        while ($(TextField.class)
                .withId("class-account-" + row + "-class")
                .all()
                .isEmpty()) {
            test($(Button.class).id("new-school-add-class-account")).click();
        }
        test($(TextField.class).id("class-account-" + row + "-class")).setValue(className);
        @SuppressWarnings("unchecked")
        Select<String> year = $(Select.class).id("class-account-" + row + "-year");
        year.setValue(yearGroup.isEmpty() ? null : yearGroup);
        test($(TextField.class).id("class-account-" + row + "-handle")).setValue(handle);
        @SuppressWarnings("unchecked")
        Select<Platform> on = $(Select.class).id("class-account-" + row + "-platform");
        on.setValue(platform);
    }

    /** Schools, classes and accounts in every school: read as the database's owner, past row-level security. */
    private List<Integer> counts() {
        var owner = TestDatabase.superuserJdbc("trust_team");
        return List.of(
                owner.queryForObject("select count(*) from school", Integer.class),
                owner.queryForObject("select count(*) from school_class", Integer.class),
                owner.queryForObject("select count(*) from social_account", Integer.class));
    }

    private IncidentSummary report(SchoolId school, String handle, String text) {
        SignedIn.systemIn(school);
        try {
            return incidents.report(new IncidentReport(
                    accounts.accountWithHandle(handle).orElseThrow().id(),
                    IncidentCategory.OFFENSIVE_LANGUAGE,
                    text,
                    null,
                    null,
                    false));
        } finally {
            SignedIn.nobody();
        }
    }

    private static String masked(IncidentSummary incident, String name) {
        return incident.whatHappened().replace(name, "[name]");
    }

    private List<String> incidentsShown() {
        @SuppressWarnings("unchecked")
        var grid = test((Grid<IncidentSummary>) $(Grid.class).id("incidents"));
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).whatHappened())
                .toList();
    }

    private void fill(String name, String urn, String email, String handle) {
        test($(TextField.class).id("new-school-name")).setValue(name);
        test($(TextField.class).id("new-school-urn")).setValue(urn);
        test($(TextField.class).id("new-school-email")).setValue(email);
        test($(TextField.class).id("new-school-handle")).setValue(handle);
        test($(Button.class).id("add-school")).click();
    }

    private int schoolCount() {
        return jdbc.queryForObject("select count(*) from school", Integer.class);
    }
}
