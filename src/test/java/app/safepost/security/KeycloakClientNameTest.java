package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The name the portal goes by as the realm's client: never another school's. */
class KeycloakClientNameTest {

    private static final PortalSchool OAKFIELD = school("Oakfield Primary School");
    private static final PortalSchool BRAMLEY = school("Bramley Infant School");

    @Test
    void a_portal_of_one_school_goes_by_that_schools_name() {
        assertThat(KeycloakRealm.clientName(null, List.of(OAKFIELD))).isEqualTo("Oakfield Primary School");
        assertThat(KeycloakRealm.clientName("  ", List.of(BRAMLEY))).isEqualTo("Bramley Infant School");
    }

    @Test
    void a_portal_of_several_schools_goes_by_the_name_it_is_given_or_else_by_no_schools_name() {
        assertThat(KeycloakRealm.clientName(" Oak Learning Trust ", List.of(OAKFIELD, BRAMLEY)))
                .isEqualTo("Oak Learning Trust");
        assertThat(KeycloakRealm.clientName(null, List.of(OAKFIELD, BRAMLEY))).isEqualTo("Safepost");
        assertThat(KeycloakRealm.clientName(null, List.of())).isEqualTo("Safepost");
    }

    @Test
    void the_name_given_in_the_settings_wins_over_the_schools_own() {
        assertThat(KeycloakRealm.clientName("Oak Learning Trust", List.of(OAKFIELD)))
                .isEqualTo("Oak Learning Trust");
    }

    private static PortalSchool school(String name) {
        return new PortalSchool(new SchoolId(UUID.randomUUID()), null, name);
    }
}
