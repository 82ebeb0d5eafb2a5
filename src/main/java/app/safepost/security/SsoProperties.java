package app.safepost.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The school's single sign-on ({@code safepost.sso.*}). An empty issuer means the local demo sign-in.
 *
 * @param issuerUri    the realm's issuer, exactly as Keycloak states it, e.g.
 *                     {@code https://sso.school.example/realms/safepost}
 * @param clientId     the portal's client in the realm; also the audience API tokens must carry
 * @param clientSecret the confidential client's secret
 * @param discoveryUri where the portal itself reads the realm's metadata when it reaches Keycloak at
 *                     another address than staff's browsers do (a container network); empty: the issuer
 * @param clockSkew    how far the clocks of Keycloak and the portal may disagree when token lifetimes
 *                     are checked
 * @param keyRefresh   how long the realm's signing keys are used before they are read again; while
 *                     Keycloak does not answer, the keys read last stay in use
 * @param clientName   the name the portal goes by as the realm's client, such as the trust's name; empty:
 *                     the school's name when the portal has one school, else "Safepost"
 */
@ConfigurationProperties("safepost.sso")
public record SsoProperties(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String discoveryUri,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue("5m") Duration keyRefresh,
        @Nullable String clientName) {

    /** Where the screens send someone who must sign in: Spring Security's start of the Keycloak sign-in. */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/keycloak";

    /** The address the portal fetches {@code /.well-known/openid-configuration} from. */
    String metadataBase() {
        var base = discoveryUri == null || discoveryUri.isBlank() ? issuerUri : discoveryUri;
        return base == null ? "" : base.replaceAll("/+$", "");
    }
}
