package app.safepost.security;

import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 * message and is tried afresh on the next attempt. Before a browser is sent to Keycloak,
 * {@link #signInPossible()} asks whether Keycloak answers at all (docs/decisions/0016-keycloak-outage.md).
 */
final class KeycloakRealm implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "keycloak";
    static final String SIGN_IN_PATH = SsoProperties.SIGN_IN_PATH;

    /** How long Keycloak's answering is believed before it is asked again: short, so an outage is seen at once. */
    static final Duration PROBE_KEPT = Duration.ofSeconds(5);
    /** Signing keys read before stay in use this long while Keycloak does not answer. */
    static final Duration KEYS_KEPT_IN_OUTAGE = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(KeycloakRealm.class);

    /** The client's name when neither the settings nor a portal of one school give one. */
    static final String NEUTRAL_NAME = "Safepost";

    private final SsoProperties settings;
    private final ObjectProvider<PortalSchools> schools;
    private final RestClient http;
    private final RestClient probe;
    private volatile Map<String, Object> metadata;
    private volatile ClientRegistration registration;
    private volatile Probe lastProbe;

    private record Probe(boolean answered, long atNanos) {}

    KeycloakRealm(SsoProperties settings, ObjectProvider<PortalSchools> schools) {
        if (settings.clientId() == null
                || settings.clientId().isBlank()
                || settings.clientSecret() == null
                || settings.clientSecret().isBlank()) {
            throw new IllegalStateException("safepost.sso.issuer-uri is set, so safepost.sso.client-id and"
                    + " safepost.sso.client-secret must be set too");
        }
        this.settings = settings;
        this.schools = schools;
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(5));
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
        // Asked while a person waits to be sent to Keycloak: a dead Keycloak must not keep them long.
        var quick = new SimpleClientHttpRequestFactory();
        quick.setConnectTimeout(Duration.ofSeconds(2));
        quick.setReadTimeout(Duration.ofSeconds(3));
        this.probe = RestClient.builder().requestFactory(quick).build();
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

    /**
     * Whether a browser sent to Keycloak now would find it: Keycloak answers at the discovery address,
     * and its metadata is (or now can be) read. Says why not in the log.
     */
    boolean signInPossible() {
        if (!answers()) {
            return false;
        }
        try {
            metadata();
            return true;
        } catch (KeycloakUnavailable e) {
            log.warn("Single sign-on: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Whether Keycloak answers at the discovery address, asked with short time-outs. A "yes" is
     * believed for {@link #PROBE_KEPT}, so a burst of sign-ins asks once; a "no" is not kept, so the
     * first attempt after Keycloak is back gets through.
     */
    boolean answers() {
        var last = lastProbe;
        if (last != null && last.answered() && System.nanoTime() - last.atNanos() < PROBE_KEPT.toNanos()) {
            return true;
        }
        return answersNow();
    }

    /** Asks Keycloak now, whatever was asked a moment ago. */
    boolean answersNow() {
        boolean answered;
        try {
            probe.get().uri(metadataLocation()).retrieve().toBodilessEntity();
            answered = true;
        } catch (RestClientException e) {
            answered = false;
            var before = lastProbe;
            if (before == null || before.answered()) {
                log.warn(
                        "Single sign-on: Keycloak does not answer at {} ({}); sign-in shows staff that the"
                                + " school's sign-in service is not answering until it does",
                        metadataLocation(),
                        e.getMessage());
            }
        }
        var before = lastProbe;
        if (answered && before != null && !before.answered()) {
            log.info("Single sign-on: Keycloak answers again at {}", metadataLocation());
        }
        lastProbe = new Probe(answered, System.nanoTime());
        return answered;
    }

    private String metadataLocation() {
        return settings.metadataBase() + "/.well-known/openid-configuration";
    }

    private Map<String, Object> fetchMetadata() {
        var location = metadataLocation();
        Map<String, Object> body;
        try {
            body = http.get().uri(location).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {});
        } catch (RestClientException e) {
            throw new KeycloakUnavailable(
                    "Keycloak does not answer at " + location + " (" + e.getMessage()
                            + "). Single sign-on works once it does; check safepost.sso.issuer-uri.",
                    e);
        }
        if (body == null || !settings.issuerUri().equals(body.get("issuer"))) {
            throw new KeycloakUnavailable(
                    "The realm at " + location + " names its issuer "
                            + (body == null ? "(nothing)" : body.get("issuer")) + ", but safepost.sso.issuer-uri is "
                            + settings.issuerUri() + ". They must be exactly equal (127.0.0.1 is not localhost).",
                    null);
        }
        return Map.copyOf(body);
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        var known = registration;
        if (known == null) {
            known = ClientRegistrations.fromOidcConfiguration(metadata())
                    .registrationId(REGISTRATION_ID)
                    .clientName(clientName(
                            settings.clientName(), schools.getObject().all()))
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .userNameAttributeName(StaffClaims.USERNAME)
                    .clientSettings(ClientRegistration.ClientSettings.builder()
                            .requireProofKey(true)
                            .build())
                    .build();
            registration = known;
        }
        return known;
    }

    /**
     * The name the portal goes by as the realm's client: the one set in {@code safepost.sso.client-name}
     * (a trust's name, say), else the school's name when the portal has one school, else
     * {@value #NEUTRAL_NAME}, which names none of several schools. Read when the registration is first
     * built, so a school renamed later is seen after a restart.
     */
    static String clientName(@Nullable String configured, List<PortalSchool> schools) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        return schools.size() == 1 ? schools.getFirst().name() : NEUTRAL_NAME;
    }

    /**
     * Checks API bearer tokens: signed by the realm's keys, from the configured issuer, for this
     * portal (audience = client id), and within their lifetime. The keys are read again every
     * {@code safepost.sso.key-refresh} (and at once for a key not seen before); while Keycloak does not
     * answer, the keys read last stay in use for up to a day, so tokens it issued before keep working.
     */
    JwtDecoder apiTokenDecoder() {
        var jwksUri = (String) metadata().get("jwks_uri");
        var retriever = new DefaultResourceRetriever(2_000, 5_000, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
        JWKSourceBuilder<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(jwksUri).toURL(), retriever);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new KeycloakUnavailable("The realm's metadata names keys at " + jwksUri + ", not an address", e);
        }
        var source = keys.cache(settings.keyRefresh().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .refreshAheadCache(false)
                .rateLimited(false)
                .outageTolerant(KEYS_KEPT_IN_OUTAGE.toMillis())
                .build();
        var decoder = NimbusJwtDecoder.withJwkSource(source).build();
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
