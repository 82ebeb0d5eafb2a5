package app.safepost.testing;

import app.safepost.security.SchoolId;
import app.safepost.security.SchoolSwitch;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless tests of screens, signed in as a demo user of the shared test portal. */
@SafepostTest
public abstract class ScreenTest extends SpringBrowserlessTest {

    @Autowired
    @Qualifier("demoSignIn")
    private UserDetailsService demoUsers;

    @Autowired
    private SchoolSwitch schoolSwitch;

    /**
     * Signs a demo user in, as the demo sign-in does (someone in several schools with the school they
     * chose last in hand, else the first); call before navigating.
     */
    protected void signInAs(String username) {
        var user = demoUsers.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Signs a demo user in with this school of theirs in hand, as if they had picked it in the header. */
    protected void signInAs(String username, SchoolId school) {
        signInAs(username);
        schoolSwitch.choose(school);
    }

    /** Who the screens of this test's session were opened for. */
    private String screensOpenedFor;

    /**
     * The screens of the person signed in: someone else's session if someone else opened screens before
     * in this test, as a second person's browser would be (Vaadin would otherwise show them the screen
     * instance already open). Signing in only to act through a service keeps the session.
     */
    private void inTheSessionOfWhoeverIsSignedIn() {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        var username = signedIn == null ? null : signedIn.getName();
        if (screensOpenedFor != null && !screensOpenedFor.equals(username)) {
            var context = SecurityContextHolder.getContext();
            SecurityContextHolder.clearContext();
            cleanVaadinEnvironment();
            initVaadinEnvironment();
            SecurityContextHolder.setContext(context);
        }
        screensOpenedFor = username;
    }

    @Override
    public <T extends Component> T navigate(Class<T> screen) {
        inTheSessionOfWhoeverIsSignedIn();
        return super.navigate(screen);
    }

    @Override
    public <C, T extends Component & HasUrlParameter<C>> T navigate(Class<T> screen, C parameter) {
        inTheSessionOfWhoeverIsSignedIn();
        return super.navigate(screen, parameter);
    }

    @Override
    public <T extends Component> T navigate(Class<T> screen, Map<String, String> parameters) {
        inTheSessionOfWhoeverIsSignedIn();
        return super.navigate(screen, parameters);
    }

    @Override
    public <T extends Component> T navigate(String location, Class<T> screen) {
        inTheSessionOfWhoeverIsSignedIn();
        return super.navigate(location, screen);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
