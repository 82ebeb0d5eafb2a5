package app.safepost.audit.ui;

import app.safepost.school.ui.ClassesView;
import app.safepost.school.ui.DevicesView;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Record screens offer SLT each record's history in the audit trail; the office has no link. */
class RecordHistoryLinksTest extends ScreenTest {

    private List<String> historyLinks(String gridId) {
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id(gridId);
        var column = grid.getColumns().getLast();
        var cells = test(grid);
        return java.util.stream.IntStream.range(0, cells.size())
                .mapToObj(row -> (Component) cells.getCellComponent(row, grid.getColumns().indexOf(column)))
                .filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()).toList();
    }

    @Test
    void slt_open_a_class_or_a_device_in_the_audit_trail() {
        signInAs("deputy");
        navigate(ClassesView.class);
        assertThat(historyLinks("classes")).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("audit?type="));

        navigate(DevicesView.class);
        assertThat(historyLinks("devices")).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("audit?type="));
    }

    @Test
    void the_office_keeps_the_device_register_without_audit_links() {
        signInAs("office");
        navigate(DevicesView.class);

        assertThat(historyLinks("devices")).isEmpty();
    }

    @Test
    void a_connected_accounts_credential_links_to_its_history() {
        signInAs("deputy");
        var robins = accounts.accountWithHandle("@JGP_Robins").orElseThrow().id();
        credentials.connect(robins, app.safepost.accounts.CredentialKind.OAUTH_TOKEN, "robins-token");
        try {
            navigate(app.safepost.accounts.ui.AccountsView.class);

            assertThat(historyLinks("my-accounts")).isNotEmpty()
                    .allSatisfy(href -> assertThat(href).startsWith("audit?type="));
        } finally {
            credentials.disconnect(robins);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.accounts.HeldCredentials credentials;

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.accounts.SocialAccounts accounts;
}
