package app.safepost.testing;

import app.safepost.security.SchoolId;
import app.safepost.security.SchoolSwitch;
import com.vaadin.browserless.SpringBrowserlessTest;
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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
