package app.safepost.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.ReviewQueue;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.notifications.Notices;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The navigation offers each role exactly the screens it may open, in sections, with counts of what
 * waits for the person; a bad address gets the portal's own page.
 */
class NavigationTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Drafts drafts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    ReviewQueue reviews;

    @Autowired
    Notices notices;

    private String outline() {
        var navigation = $(PortalNavigation.class).single();
        return navigation.outline().entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', textBlock = """
            head     | Home; Search; Notices; Policies; Posts: Write a post, My drafts, Review posts, Calendar, Photos, Published posts; People and consent: Pupils, Photo consent, Consent purposes; Accounts and followers: Accounts, Trip delegations, Posting guidance, Followers, Follow requests; Safeguarding: Incidents, Incident report; Audit: Audit trail, Audit integrity; School: School profile, Classes, School iPads
            deputy   | Home; Search; Notices; Policies; Posts: Write a post, My drafts, Review posts, Calendar, Photos, Published posts; People and consent: Pupils, Photo consent, Consent purposes; Accounts and followers: Accounts, Trip delegations, Posting guidance, Followers, Follow requests; Safeguarding: Incidents, Incident report; Audit: Audit trail, Audit integrity; School: School profile, Classes, School iPads
            teacher  | Home; Notices; Policies; Posts: Write a post, My drafts, Photos; People and consent: Pupils, Photo consent; Accounts and followers: Accounts, Posting guidance, Followers, Follow requests; Safeguarding: Incidents; School: School profile
            teacher4 | Home; Notices; Policies; Posts: Write a post, My drafts, Photos; People and consent: Pupils, Photo consent; Accounts and followers: Accounts, Posting guidance, Followers, Follow requests; Safeguarding: Incidents; School: School profile
            ta       | Home; Notices; Policies; Posts: Write a post, My drafts, Photos; People and consent: Pupils, Photo consent; Accounts and followers: Accounts, Posting guidance, Followers, Follow requests; Safeguarding: Incidents; School: School profile
            office   | Home; Notices; Policies; People and consent: Pupils, Import roster, Photo consent; Accounts and followers: Followers, Follow requests; Safeguarding: Incidents; School: School profile, School iPads
            governor | Home; Notices; Policies; Accounts and followers: Posting guidance, Followers, Follow requests; Safeguarding: Incidents, Incident report; Audit: Audit trail, Audit integrity; School: School profile
            computing| Home; Notices; Policies; Posts: Write a post, My drafts, Photos; People and consent: Pupils, Photo consent; Accounts and followers: Accounts, Posting guidance, Followers, Follow requests; Safeguarding: Incidents; School: School profile
            music    | Home; Notices; Policies; Posts: Write a post, My drafts, Photos; People and consent: Pupils, Photo consent; Accounts and followers: Accounts, Posting guidance, Followers, Follow requests; Safeguarding: Incidents; School: School profile
            trust    | Home; Notices; Policies; Trust: Trust schools, Add a school; Accounts and followers: Followers, Follow requests; Safeguarding: Incidents; Audit: Audit trail, Audit integrity; School: School profile
            """)
    void navigation_lists_only_what_the_role_may_open_in_sections(String user, String expected) {
        signInAs(user);
        navigate(HomeView.class);

        assertThat(outline()).isEqualTo(expected);
    }

    @Test
    void every_screen_in_the_menu_is_in_a_section_or_stands_on_its_own_by_design() {
        signInAs("head");
        navigate(HomeView.class);

        var onTheirOwn = $(PortalNavigation.class).single().outline().entrySet().stream()
                .filter(e -> e.getValue().isEmpty())
                .map(e -> e.getKey())
                .toList();
        assertThat(onTheirOwn).containsExactly("Home", "Search", "Notices", "Policies");
    }

    @Test
    void slt_see_how_many_posts_wait_for_review_beside_the_screen_and_its_section() {
        signInAs("teacher");
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var draft = drafts.create(kestrels, DraftContent.text("Our class assembly on Friday " + System.nanoTime()));
        drafts.submit(draft.id(), draft.version(), null);

        signInAs("deputy");
        navigate(HomeView.class);

        var waiting = reviews.waiting();
        assertThat(waiting).isPositive();
        assertThat(count("Review posts")).isEqualTo(waiting + " waiting");
        assertThat($(PortalNavigation.class).single().sectionCount("Posts")).isEqualTo(waiting + " waiting");
        assertThat(count("Notices")).isEqualTo(notices.unreadCount() == 0 ? "" : notices.unreadCount() + " waiting");
        assertThat(count("Write a post")).as("nothing waits on the editor").isEmpty();
    }

    @Test
    void a_teacher_sees_the_drafts_sent_back_to_them_and_never_the_review_queue() {
        signInAs("teacher");
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        var draft = drafts.create(kestrels, DraftContent.text("Our science week " + System.nanoTime()));
        var submitted = drafts.submit(draft.id(), draft.version(), null);
        signInAs("deputy");
        reviews.reject(submitted.id(), submitted.version(), "Please add the date.");

        signInAs("teacher");
        navigate(HomeView.class);

        assertThat(count("My drafts")).isEqualTo(drafts.sentBackCount() + " waiting");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("Review posts");
    }

    @Test
    void a_bad_address_shows_the_portals_own_not_found_page() {
        signInAs("office");

        navigate("pupils/xyz", NotFoundView.class);

        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("There is no such page")
                .doesNotContain("Could not navigate");
    }

    private String count(String screen) {
        return suffix($(SideNavItem.class).all().stream()
                .filter(i -> screen.equals(i.getLabel()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + screen + " in the navigation")));
    }

    private static String suffix(SideNavItem item) {
        var suffix = item.getSuffixComponent();
        return suffix == null ? "" : suffix.getElement().getTextRecursively();
    }
}
