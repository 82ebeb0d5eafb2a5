package app.safepost.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches the signed-in demo user within a service test, where one story has several people. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(UserDetailsService demoUsers, String username) {
        var user = demoUsers.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
