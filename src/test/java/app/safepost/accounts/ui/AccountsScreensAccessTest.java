package app.safepost.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every demo user against every screen of the accounts module: open, or refused. */
class AccountsScreensAccessTest extends ScreenTest {

    private boolean opens(Class<? extends Component> view) {
        try {
            navigate(view);
        } catch (RuntimeException | AssertionError refused) {
            return false;
        }
        return view.isInstance(getCurrentView());
    }

    @ParameterizedTest(name = "{0}: accounts {1}, trip delegations {2}, guidance {3}")
    @CsvSource(delimiter = '|', textBlock = """
            head      | true  | true  | true
            deputy    | true  | true  | true
            computing | true  | false | true
            teacher   | true  | false | true
            teacher4  | true  | false | true
            ta        | true  | false | true
            office    | false | false | false
            governor  | false | false | true
            """)
    void each_role_opens_exactly_its_screens(String user, boolean accounts, boolean tripDelegations, boolean guidance) {
        signInAs(user);

        assertThat(opens(AccountsView.class)).as("Accounts").isEqualTo(accounts);
        assertThat(opens(TripDelegationsView.class)).as("Trip delegations").isEqualTo(tripDelegations);
        assertThat(opens(PostingGuidanceView.class)).as("Posting guidance").isEqualTo(guidance);
    }
}
