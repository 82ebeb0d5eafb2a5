package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Another school in hand gives an authentication of the same kind with that school's roles: a
 * Keycloak sign-in stays one (signing out still finds its ID token), a bearer token stays one.
 */
class SchoolInHandAuthenticationsTest {

    private final SchoolId jesseGray = new SchoolId(UUID.randomUUID());
    private final SchoolId fenwickRoad = new SchoolId(UUID.randomUUID());
    private final SignedInStaff inJesseGray = SignedInStaff.inSchool(
            "dual.role",
            "Dee Dual",
            "",
            Set.of("trust-dpo"),
            List.of(
                    new Membership(fenwickRoad, Set.of(Roles.TEACHING_ASSISTANT), List.of("Class 1")),
                    new Membership(jesseGray, Set.of(Roles.SLT), List.of())),
            jesseGray);

    private static List<String> authorities(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .sorted()
                .toList();
    }

    @Test
    void a_keycloak_sign_in_keeps_its_id_token_and_registration() {
        var idToken = new OidcIdToken(
                "id-token",
                Instant.now(),
                Instant.now().plusSeconds(300),
                Map.of("sub", "f00d", "preferred_username", "dual.role"));
        var user = new SsoStaffUser(idToken, null, inJesseGray);
        var signedIn = new OAuth2AuthenticationToken(user, user.getAuthorities(), KeycloakRealm.REGISTRATION_ID);

        var moved = SchoolInHandAuthentications.with(signedIn, inJesseGray.withSchoolInHand(fenwickRoad));

        assertThat(moved).isInstanceOf(OAuth2AuthenticationToken.class);
        var token = (OAuth2AuthenticationToken) moved;
        assertThat(token.getAuthorizedClientRegistrationId()).isEqualTo(KeycloakRealm.REGISTRATION_ID);
        assertThat(((SsoStaffUser) token.getPrincipal()).getIdToken().getTokenValue())
                .isEqualTo("id-token");
        assertThat(moved.getName()).isEqualTo("dual.role");
        assertThat(authorities(moved)).containsExactly("ROLE_teaching-assistant", "ROLE_trust-dpo");
        assertThat(SignedInStaff.from(moved).orElseThrow().schoolInHand()).isEqualTo(fenwickRoad);
    }

    @Test
    void a_bearer_token_stays_the_same_token() {
        var jwt = Jwt.withTokenValue("access-token")
                .header("alg", "RS256")
                .claim("preferred_username", "dual.role")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();

        var moved = SchoolInHandAuthentications.with(
                new StaffJwtAuthentication(jwt, inJesseGray), inJesseGray.withSchoolInHand(fenwickRoad));

        assertThat(moved).isInstanceOf(StaffJwtAuthentication.class);
        assertThat(((StaffJwtAuthentication) moved).getToken().getTokenValue()).isEqualTo("access-token");
        assertThat(authorities(moved)).containsExactly("ROLE_teaching-assistant", "ROLE_trust-dpo");
    }

    @Test
    void a_demo_sign_in_stays_a_demo_user_with_its_password() {
        var demo = new DemoStaffUser(inJesseGray, "{noop}demo");
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(demo, null, demo.getAuthorities());

        var moved = SchoolInHandAuthentications.with(signedIn, inJesseGray.withSchoolInHand(fenwickRoad));

        assertThat(moved.getPrincipal()).isInstanceOf(DemoStaffUser.class);
        assertThat(((DemoStaffUser) moved.getPrincipal()).getPassword()).isEqualTo("{noop}demo");
        assertThat(authorities(signedIn)).containsExactly("ROLE_slt", "ROLE_trust-dpo");
        assertThat(authorities(moved)).containsExactly("ROLE_teaching-assistant", "ROLE_trust-dpo");
    }
}
