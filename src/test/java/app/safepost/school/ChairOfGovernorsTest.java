package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The chair of governors on the school profile: one of the school's governors, named by SLT. */
@SafepostTest
class ChairOfGovernorsTest {

    @Autowired
    SchoolProfileService profile;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void demoChairAgain() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        profile.setChairOfGovernors(DemoUsers.GOVERNOR);
        SignedIn.nobody();
    }

    @Test
    void the_demo_school_names_its_governor_as_chair_and_slt_may_name_nobody() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        assertThat(profile.chairOfGovernors()).contains(DemoUsers.GOVERNOR);

        profile.setChairOfGovernors(null);

        assertThat(profile.chairOfGovernors()).isEmpty();
    }

    @Test
    void someone_who_is_not_a_governor_of_the_school_cannot_be_its_chair() {
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);

        assertThatThrownBy(() -> profile.setChairOfGovernors(DemoUsers.TEACHER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The chair of governors must be one of the school's governors.");
        assertThatThrownBy(() -> profile.setChairOfGovernors("nobody-of-that-name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(profile.chairOfGovernors()).contains(DemoUsers.GOVERNOR);
    }

    @Test
    void only_slt_name_the_chair() {
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);

        assertThatThrownBy(() -> profile.setChairOfGovernors(DemoUsers.GOVERNOR))
                .isInstanceOf(AccessDeniedException.class);
    }
}
