package app.safepost;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A grid on a screen reads its rows a page at a time from the service ({@code setItems(query -> ...,
 * query -> count)}), so a list that grows with the school never loads whole into the server's memory
 * or the browser. A grid may hold a list in memory only where the list is bounded by something smaller
 * than a page whatever the school's size; each such screen is named here with its bound, and a bound
 * no longer used must be struck out, so the list stays true.
 */
class ScreenListsArePagedTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.safepost");

    /** Screens whose grids hold a list in memory, and what bounds that list whatever the school's size. */
    static final Map<String, String> BOUNDED = new TreeMap<>(Map.ofEntries(
            Map.entry("accounts.ui.AccountPurposesSection", "the school's accounts: one per class and the school's"),
            Map.entry("accounts.ui.AccountsView", "the school's accounts: one per class and the school's"),
            Map.entry("accounts.ui.MastodonServersSection", "the school's Mastodon accounts: one per class at most"),
            Map.entry("accounts.ui.CredentialHistoryDialog", "one account's credential revisions"),
            Map.entry("accounts.ui.GuidanceHistory", "one account's guidance revisions"),
            Map.entry("audit.ui.AuditTrailView", "a page of the trail (AuditExplorer.MAX_PAGE), read by keyset"),
            Map.entry("audit.ui.IntegrityView", "the last ten integrity checks"),
            Map.entry("moderation.ui.FollowerSyncSection", "the school's accounts, one row each"),
            Map.entry("policies.ui.PoliciesView", "the school's written policies"),
            Map.entry("policies.ui.PolicyAcknowledgementList", "one policy's staff, one row each"),
            Map.entry("policies.ui.ReconfirmationChecks", "the school's accounts: one per class and the school's"),
            Map.entry("pupils.ui.ConsentPurposesView", "the school's consent purposes"),
            Map.entry("pupils.ui.PupilConsentSection", "the consent purposes, and one pupil's consent history"),
            Map.entry("pupils.ui.PupilHistorySection", "one pupil's revisions"),
            Map.entry("pupils.ui.RosterImportView", "one roster file, at most RosterCsv.MAX_BYTES"),
            Map.entry("school.ui.ClassesView", "the school's classes"),
            Map.entry("school.ui.DevicesView", "the school's enrolled devices"),
            Map.entry("school.ui.SchoolProfileView", "the school profile's revisions"),
            Map.entry("security.ui.SignInView", "the demo school's people, on the demo sign-in only")));

    /**
     * Screens whose grids still hold a list that grows with the school's activity: to be read a page at
     * a time from their services. Named here so that the list can only shrink.
     */
    static final Map<String, String> NOT_YET_PAGED = new TreeMap<>(Map.of());

    /** Grid methods that take the whole list at once. */
    private static boolean fillsAGridInMemory(JavaMethodCall call) {
        var target = call.getTarget();
        if (!target.getOwner().isAssignableTo(Grid.class)) {
            return false;
        }
        var name = target.getName();
        if (!name.equals("setItems") && !name.equals("setDataProvider")) {
            return false;
        }
        var parameters = target.getRawParameterTypes();
        return parameters.stream()
                .noneMatch(p -> p.isAssignableTo(CallbackDataProvider.FetchCallback.class)
                        || p.getName().startsWith("com.vaadin.flow.data.provider.BackEndDataProvider")
                        || p.getName().equals("com.vaadin.flow.data.provider.DataProvider")
                        || p.getName().startsWith("com.vaadin.flow.spring.data"));
    }

    private static TreeSet<String> screensFillingGridsInMemory() {
        var screens = new TreeSet<String>();
        CLASSES.forEach(c -> c.getMethodCallsFromSelf().stream()
                .filter(ScreenListsArePagedTest::fillsAGridInMemory)
                .forEach(call -> screens.add(topLevel(c.getName()))));
        return screens;
    }

    private static String topLevel(String className) {
        var dollar = className.indexOf('$');
        return (dollar < 0 ? className : className.substring(0, dollar)).substring("app.safepost.".length());
    }

    @Test
    void a_grid_is_filled_from_a_whole_list_only_where_that_list_has_a_bound() {
        var named = new TreeSet<>(BOUNDED.keySet());
        named.addAll(NOT_YET_PAGED.keySet());
        assertThat(screensFillingGridsInMemory())
                .as("screens filling a grid from a whole list: page it from the service, or name its bound here")
                .isSubsetOf(named);
    }

    @Test
    void every_screen_named_here_still_fills_a_grid_from_a_whole_list() {
        var screens = screensFillingGridsInMemory();
        assertThat(BOUNDED.keySet()).isSubsetOf(screens);
        assertThat(NOT_YET_PAGED.keySet()).as("paged since: strike it out").isSubsetOf(screens);
    }
}
