package app.safepost.testing;

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

    /** Signs a demo user in; call before navigating. */
    protected void signInAs(String username) {
        var user = demoUsers.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
