package app.safepost.security;

import app.safepost.security.StaffSchools.FirstSchool;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local demo sign-in: the demo trust's people with password {@code demo}, in the demo schools they
 * work in. It exists only when no single sign-on issuer is configured, and only on a loopback address,
 * so it can never face a network where real pupil data might be.
 */
public final class DemoSignIn implements UserDetailsService {

    public static final String DEMO_PASSWORD = "demo";

    private final Map<String, DemoPerson> people;
    private final String passwordHash;
    private final StaffSchools schools;

    DemoSignIn(PasswordEncoder encoder, String bindAddress, StaffSchools schools) {
        refuseNonLoopback(bindAddress);
        this.passwordHash = encoder.encode(DEMO_PASSWORD);
        this.schools = schools;
        this.people = DemoPerson.everyone().stream()
                .collect(Collectors.toUnmodifiableMap(DemoPerson::username, Function.identity()));
    }

    /**
     * The demo user with their schools as the portal has them now (the demo schools are loaded after
     * start-up) and, if they work in several, the school they chose last in hand.
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        var person = people.get(username);
        if (person == null) {
            throw new UsernameNotFoundException("No demo user " + username);
        }
        return new DemoStaffUser(schools.signIn(person.claimed(), FirstSchool.LAST_CHOSEN), passwordHash);
    }

    /** The demo users, for the sign-in page's list. */
    public List<DemoPerson> people() {
        return people.values().stream()
                .sorted(Comparator.comparing(DemoPerson::username))
                .toList();
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
