package app.safepost.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local demo sign-in: the demo school's staff with password {@code demo}. It exists only when no
 * single sign-on issuer is configured, and only on a loopback address, so it can never face a network
 * where real pupil data might be.
 */
public final class DemoSignIn implements UserDetailsService {

    public static final String DEMO_PASSWORD = "demo";

    private final Map<String, DemoStaffUser> users;

    DemoSignIn(PasswordEncoder encoder, String bindAddress) {
        refuseNonLoopback(bindAddress);
        var hash = encoder.encode(DEMO_PASSWORD);
        this.users = DemoStaff.load().stream()
                .map(staff -> new DemoStaffUser(staff, hash))
                .collect(Collectors.toUnmodifiableMap(UserDetails::getUsername, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("No demo user " + username);
        }
        return user;
    }

    /** The demo users, for the sign-in page's list. */
    public List<SignedInStaff> staff() {
        return users.values().stream().map(DemoStaffUser::staff)
                .sorted(java.util.Comparator.comparing(SignedInStaff::username)).toList();
    }

    static void refuseNonLoopback(String bindAddress) {
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new DemoSignInRefused("(all addresses)");
        }
        try {
            if (!InetAddress.getByName(bindAddress.strip()).isLoopbackAddress()) {
                throw new DemoSignInRefused(bindAddress);
            }
        } catch (UnknownHostException e) {
            throw new DemoSignInRefused(bindAddress);
        }
    }

    /** Demo sign-in was asked to listen beyond this machine. */
    public static final class DemoSignInRefused extends IllegalStateException {
        DemoSignInRefused(String address) {
            super("Demo sign-in refuses to start on server.address=" + address
                    + ": it only listens on 127.0.0.1 and is not for real pupil data.");
        }
    }
}
