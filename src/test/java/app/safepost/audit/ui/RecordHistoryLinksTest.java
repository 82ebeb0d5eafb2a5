package app.safepost.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.ui.TripDelegationsView;
import app.safepost.school.ui.ClassesView;
import app.safepost.school.ui.DevicesView;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record screens offer SLT each record's history in the audit trail; the office has no link. */
class RecordHistoryLinksTest extends ScreenTest {

    private List<String> historyLinks(String gridId) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id(gridId);
        var column = grid.getColumns().getLast();
        var cells = test(grid);
        return java.util.stream.IntStream.range(0, cells.size())
                .mapToObj(row -> (Component)
                        cells.getCellComponent(row, grid.getColumns().indexOf(column)))
                // A cell holds one link, or several side by side (an account's and its credential's).
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren()))
                .filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())
                .toList();
    }

    @Test
    void slt_open_a_class_or_a_device_in_the_audit_trail() {
        signInAs("deputy");
        navigate(ClassesView.class);
        assertThat(historyLinks("classes"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("audit?type="));

        navigate(DevicesView.class);
        assertThat(historyLinks("devices"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("audit?type="));
    }

    @Test
    void the_office_keeps_the_device_register_without_audit_links() {
        signInAs("office");
        navigate(DevicesView.class);

        assertThat(historyLinks("devices")).isEmpty();
    }

    @Test
    void a_trip_delegation_links_to_its_history_beside_its_status() {
        signInAs("deputy");
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var day = java.time.LocalDate.now(app.safepost.common.SchoolTime.ZONE).plusDays(500);
        var granted = delegations.grant(new app.safepost.accounts.TripDelegationRequest(
                wholeSchool,
                "teacher4",
                "Castle visit",
                day.atTime(9, 0),
                day.atTime(15, 0),
                "Parents follow the visit"));
        try {
            navigate(TripDelegationsView.class);

            @SuppressWarnings("unchecked")
            Grid<app.safepost.accounts.TripDelegationSummary> upcoming =
                    $(Grid.class).id("upcoming-delegations");
            var cells = test(upcoming);
            var row = java.util.stream.IntStream.range(0, cells.size())
                    .filter(i -> cells.getRow(i).id().equals(granted.id()))
                    .findFirst()
                    .orElseThrow();
            var statusColumn = upcoming.getColumns().stream()
                    .filter(c -> "Status".equals(c.getHeaderText()))
                    .findFirst()
                    .orElseThrow();
            var status = (Component)
                    cells.getCellComponent(row, upcoming.getColumns().indexOf(statusColumn));
            var link = status.getChildren()
                    .filter(Anchor.class::isInstance)
                    .map(Anchor.class::cast)
                    .findFirst();
            assertThat(link)
                    .hasValueSatisfying(a -> assertThat(a.getHref())
                            .startsWith("audit?type=")
                            .endsWith("&record=" + granted.id().value()));
        } finally {
            delegations.revoke(granted.id());
        }
    }

    @Test
    void a_connected_accounts_credential_links_to_its_history() {
        signInAs("deputy");
        var robins = accounts.accountWithHandle("@JGP_Robins").orElseThrow().id();
        credentials.connect(robins, app.safepost.accounts.CredentialKind.OAUTH_TOKEN, "robins-token");
        try {
            navigate(app.safepost.accounts.ui.AccountsView.class);

            assertThat(historyLinks("my-accounts"))
                    .isNotEmpty()
                    .allSatisfy(href -> assertThat(href).startsWith("audit?type="))
                    .anySatisfy(href -> assertThat(href).startsWith("audit?type=account-credential&record="))
                    .contains("audit?type=account&record=" + robins.value());
        } finally {
            credentials.disconnect(robins);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.accounts.HeldCredentials credentials;

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.accounts.SocialAccounts accounts;

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.accounts.TripDelegations delegations;
}
