package app.safepost.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The school's Keycloak realm as the portal sees it: its OpenID metadata, read on first use rather
 * than at start-up, so the portal starts even while Keycloak is still starting (docker compose starts
 * both at once) and recovers by itself once Keycloak answers. Until then sign-in fails with a clear
 * message and is tried afresh on the next attempt.
 */
final class KeycloakRealm implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "keycloak";
    static final String SIGN_IN_PATH = SsoProperties.SIGN_IN_PATH;

    private final SsoProperties settings;
    private final RestClient http;
    private volatile Map<String, Object> metadata;
    private volatile ClientRegistration registration;

    KeycloakRealm(SsoProperties settings) {
        if (settings.clientId() == null || settings.clientId().isBlank()
                || settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            throw new IllegalStateException("safepost.sso.issuer-uri is set, so safepost.sso.client-id and"
                    + " safepost.sso.client-secret must be set too");
        }
        this.settings = settings;
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    String issuer() {
        return settings.issuerUri();
    }

    /** The realm's {@code /.well-known/openid-configuration}, fetched once it can be. */
    Map<String, Object> metadata() {
        var known = metadata;
        if (known == null) {
            synchronized (this) {
                known = metadata;
                if (known == null) {
                    known = fetchMetadata();
                    metadata = known;
                }
            }
        }
        return known;
    }

    private Map<String, Object> fetchMetadata() {
        var location = settings.metadataBase() + "/.well-known/openid-configuration";
        Map<String, Object> body;
        try {
            body = http.get().uri(location).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {
            });
        } catch (RestClientException e) {
            throw new KeycloakUnavailable("Keycloak does not answer at " + location + " (" + e.getMessage()
                    + "). Single sign-on works once it does; check safepost.sso.issuer-uri.", e);
        }
        if (body == null || !settings.issuerUri().equals(body.get("issuer"))) {
            throw new KeycloakUnavailable("The realm at " + location + " names its issuer "
                    + (body == null ? "(nothing)" : body.get("issuer")) + ", but safepost.sso.issuer-uri is "
                    + settings.issuerUri() + ". They must be exactly equal (127.0.0.1 is not localhost).", null);
        }
        return Map.copyOf(body);
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        var known = registration;
        if (known == null) {
            known = ClientRegistrations.fromOidcConfiguration(metadata())
                    .registrationId(REGISTRATION_ID)
                    .clientName("Jesse Gray Primary")
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName(StaffClaims.USERNAME)
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
            registration = known;
        }
        return known;
    }

    /**
     * Checks API bearer tokens: signed by the realm's keys, from the configured issuer, for this
     * portal (audience = client id), and within their lifetime.
     */
    JwtDecoder apiTokenDecoder() {
        var decoder = NimbusJwtDecoder.withJwkSetUri((String) metadata().get("jwks_uri")).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtIssuerValidator(settings.issuerUri()),
                new JwtAudienceValidator(settings.clientId())));
        return decoder;
    }

    /** Keycloak cannot be reached, or is not the realm the portal was told about. */
    static final class KeycloakUnavailable extends IllegalStateException {
        KeycloakUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
