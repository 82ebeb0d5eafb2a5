package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.media.TestPhotos;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestSchools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A school's logo: SLT of the school in hand give it or take it away; everyone signed in reads it. */
@SafepostTest
class SchoolLogoTest {

    @Autowired
    SchoolProfileService profile;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void noLogoAgain() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        profile.removeLogo();
        SignedIn.nobody();
    }

    @Test
    void slt_give_their_school_a_logo_that_everyone_reads_and_its_fingerprint_is_in_the_history() {
        var png = TestPhotos.png(TestPhotos.quadrants(240, 80));
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);

        profile.setLogo(png);

        SignedIn.as(demoUsers, DemoUsers.TEACHER);
        var logo = schools.logo(TestSchools.jesseGray(jdbc)).orElseThrow();
        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.bytes()).isEqualTo(png);
        assertThat(schools.logo(TestSchools.fenwickRoad(jdbc)))
                .as("another school's logo is its own")
                .isEmpty();
        SignedIn.as(demoUsers, DemoUsers.DEPUTY);
        assertThat(profile.history().getLast().changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("logoSha256");
            assertThat(change.after()).isEqualTo(logo.sha256());
        });
    }

    @Test
    void a_refused_file_changes_nothing() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var revisions = profile.history().size();

        assertThatThrownBy(() -> profile.setLogo(TestPhotos.WEBP)).isInstanceOf(LogoImage.Refused.class);

        assertThat(schools.logo(TestSchools.jesseGray(jdbc))).isEmpty();
        assertThat(profile.history()).hasSize(revisions);
    }

    @Test
    void only_slt_change_the_logo() {
        SignedIn.as(demoUsers, DemoUsers.OFFICE);

        assertThatThrownBy(() -> profile.setLogo(TestPhotos.png(TestPhotos.quadrants(10, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(profile::removeLogo).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_school_in_hand_is_found_by_id_and_by_urn() {
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
        var jesseGray = TestSchools.jesseGray(jdbc);

        assertThat(schools.inHand().orElseThrow().id()).isEqualTo(jesseGray);
        assertThat(schools.byUrn("990001").orElseThrow().id()).isEqualTo(jesseGray);
        assertThat(schools.byId(jesseGray).orElseThrow().name()).isEqualTo("Jesse Gray Primary School");
        assertThat(schools.all()).extracting(s -> s.urn()).containsExactly("990002", "990001");
    }
}
