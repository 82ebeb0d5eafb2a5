package app.safepost.security;

import app.safepost.testing.SafepostSsoServerTest;
import app.safepost.testing.TestKeycloak;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screen access matrix with single sign-on: each demo user is signed in as the portal's OpenID
 * Connect sign-in would sign them in, from the claims of an ID token the real demo Keycloak issued
 * for them (their schools from the {@code schools} claim).
 */
@SafepostSsoServerTest
class SsoScreenAccessMatrixTest extends ScreenAccessMatrix {

    @Autowired
    StaffSchools schools;

    @Override
    @SuppressWarnings("unchecked")
    Authentication signedIn(String username) {
        var idToken = TestKeycloak.idToken(username);
        Map<String, Object> claims = JsonMapper.builder()
                .build()
                .readValue(
                        new String(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]), StandardCharsets.UTF_8),
                        Map.class);
        var token = new OidcIdToken(
                idToken,
                Instant.ofEpochSecond(((Number) claims.get("iat")).longValue()),
                Instant.ofEpochSecond(((Number) claims.get("exp")).longValue()),
                claims);
        var staff = schools.signIn(
                StaffClaims.claimed(SsoStaffUser.claims(token, null)), StaffSchools.FirstSchool.LAST_CHOSEN);
        var user = new SsoStaffUser(token, null, staff);
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), KeycloakRealm.REGISTRATION_ID);
    }
}
