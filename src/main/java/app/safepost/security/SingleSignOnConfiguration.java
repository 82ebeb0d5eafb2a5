package app.safepost.security;

import app.safepost.security.SecurityConfiguration.SignInMode;
import app.safepost.security.StaffSchools.FirstSchool;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Sign-in through the school's Keycloak, used whenever {@code safepost.sso.issuer-uri} is set:
 * staff sign in on Keycloak's page (OpenID Connect, authorization code with PKCE), signing out ends
 * their Keycloak session too, and the API takes the realm's bearer tokens. There is no demo sign-in
 * and no HTTP Basic in this mode.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${safepost.sso.issuer-uri:}'.isEmpty()")
@EnableConfigurationProperties(SsoProperties.class)
class SingleSignOnConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnConfiguration.class);

    @Bean
    KeycloakRealm keycloakRealm(SsoProperties settings, ObjectProvider<PortalSchools> schools) {
        return new KeycloakRealm(settings, schools);
    }

    @Bean
    SignInMode singleSignOnMode(KeycloakRealm realm, ApplicationEventPublisher events, StaffSchools schools) {
        var tokens = new SupplierJwtDecoder(realm::apiTokenDecoder);
        var bearer = ApiProblems.bearerUnauthorised();
        var staff = new StaffOidcUserService(events, schools);
        var outage = new KeycloakOutage(realm);
        return new SignInMode() {
            @Override
            public AuthenticationEntryPoint apiEntryPoint() {
                return bearer;
            }

            @Override
            public void configureApi(HttpSecurity http) {
                http.oauth2ResourceServer(server -> server.authenticationEntryPoint(bearer)
                                .jwt(jwt -> jwt.decoder(tokens)
                                        .jwtAuthenticationConverter(token -> new StaffJwtAuthentication(
                                                token, schools.signIn(StaffClaims.claimed(token), FirstSchool.NONE)))))
                        .addFilterBefore(outage.aroundTokenCheck(), BearerTokenAuthenticationFilter.class);
            }

            @Override
            public void configureScreens(HttpSecurity http) {
                // The login page is set here as well as by Vaadin below: this configurer is set up first,
                // and without it would send visitors to Spring Security's own /login.
                http.oauth2Login(login -> login.loginPage(KeycloakRealm.SIGN_IN_PATH)
                                .failureHandler(outage.afterSignIn())
                                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(staff)))
                        // Keycloak is asked before the browser is sent to it (docs/decisions/0016-keycloak-outage.md).
                        .addFilterBefore(outage.beforeSignIn(), OAuth2AuthorizationRequestRedirectFilter.class)
                        .addFilterBefore(outage.signedOutPage(), OAuth2AuthorizationRequestRedirectFilter.class);
            }

            @Override
            public void configureScreens(VaadinSecurityConfigurer vaadin) {
                // Signing out of the portal signs out of Keycloak too, then comes back to the portal's start;
                // while Keycloak does not answer, the portal's own signed-out page says what that means.
                vaadin.oauth2LoginPage(KeycloakRealm.SIGN_IN_PATH, "{baseUrl}/")
                        .logoutSuccessHandler(outage.afterSignOut(realm, "{baseUrl}/"));
            }
        };
    }

    /** Says once the portal is up whether Keycloak answers; the portal starts either way. */
    @EventListener
    void reportKeycloak(ApplicationReadyEvent event) {
        var realm = event.getApplicationContext().getBean(KeycloakRealm.class);
        Thread.ofVirtual().name("keycloak-probe").start(() -> {
            try {
                realm.metadata();
                log.info("Single sign-on through the Keycloak realm {}", realm.issuer());
            } catch (KeycloakRealm.KeycloakUnavailable e) {
                log.warn("Single sign-on: {}", e.getMessage());
            }
        });
    }
}
