package app.safepost.security;

import app.safepost.testing.SafepostTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The screen access matrix with the local demo sign-in. */
@SafepostTest
class ScreenAccessMatrixTest extends ScreenAccessMatrix {

    @Autowired
    @Qualifier("demoSignIn")
    private UserDetailsService demoUsers;

    @Override
    Authentication signedIn(String username) {
        var user = demoUsers.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
