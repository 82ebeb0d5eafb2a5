package app.safepost.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The test portals check the demo password with real bcrypt at its lowest cost. */
@SafepostTest
class QuickPasswordHashesTest {

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @Test
    void the_portals_encoder_hashes_with_bcrypt_at_cost_4() {
        assertThat(encoder.encode("anything")).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void the_demo_password_is_stored_at_cost_4_and_only_it_matches() {
        var stored = demoUsers.loadUserByUsername(DemoUsers.TEACHER).getPassword();

        assertThat(stored).startsWith("{bcrypt}$2a$04$");
        assertThat(encoder.matches(DemoUsers.PASSWORD, stored)).isTrue();
        assertThat(encoder.matches(DemoUsers.PASSWORD + "x", stored)).isFalse();
    }
}
