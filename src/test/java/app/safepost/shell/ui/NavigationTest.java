package app.safepost.shell.ui;

import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The navigation offers each role exactly the screens it may open. */
class NavigationTest extends ScreenTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = '|', textBlock = """
            head     | Home;Write a post;My drafts;Review posts;Accounts;Trip delegations;Posting guidance;Pupils;Photo consent;Consent purposes;Photos;Published posts;Followers;Follow requests;Incidents;Incident report;Classes;School iPads;Policies;Notices;Audit trail;Audit integrity;School profile
            deputy   | Home;Write a post;My drafts;Review posts;Accounts;Trip delegations;Posting guidance;Pupils;Photo consent;Consent purposes;Photos;Published posts;Followers;Follow requests;Incidents;Incident report;Classes;School iPads;Policies;Notices;Audit trail;Audit integrity;School profile
            teacher  | Home;Write a post;My drafts;Accounts;Posting guidance;Pupils;Photo consent;Photos;Followers;Follow requests;Incidents;Policies;Notices;School profile
            teacher4 | Home;Write a post;My drafts;Accounts;Posting guidance;Pupils;Photo consent;Photos;Followers;Follow requests;Incidents;Policies;Notices;School profile
            ta       | Home;Write a post;My drafts;Accounts;Posting guidance;Pupils;Photo consent;Photos;Followers;Follow requests;Incidents;Policies;Notices;School profile
            office   | Home;Pupils;Import roster;Photo consent;Followers;Follow requests;Incidents;School iPads;Policies;Notices;School profile
            governor | Home;Posting guidance;Followers;Follow requests;Incidents;Incident report;Policies;Notices;Audit trail;Audit integrity;School profile
            computing| Home;Write a post;My drafts;Accounts;Posting guidance;Pupils;Photo consent;Photos;Followers;Follow requests;Incidents;Policies;Notices;School profile
            music    | Home;Write a post;My drafts;Accounts;Posting guidance;Pupils;Photo consent;Photos;Followers;Follow requests;Incidents;Policies;Notices;School profile
            trust    | Home;Followers;Follow requests;Incidents;Policies;Notices;School profile
            """)
    void navigation_lists_only_what_the_role_may_open(String user, String expected) {
        signInAs(user);
        navigate(HomeView.class);

        var items = $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();

        assertThat(items).containsExactlyElementsOf(List.of(expected.split(";")));
    }
}
