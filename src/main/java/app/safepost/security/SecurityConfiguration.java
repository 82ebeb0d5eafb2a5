package app.safepost.security;

import app.safepost.security.ui.SignInView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Three filter chains: the JSON API (stateless, never a Vaadin session), actuator (health public,
 * the rest not), and the Vaadin screens. This class holds what all sign-in modes share; the demo
 * sign-in below is the mode used when no single sign-on issuer is configured, and
 * {@link SingleSignOnConfiguration} the mode used when one is.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services are guarded with @PreAuthorize, routes with @RolesAllowed, which Vaadin checks before a route
// opens. JSR-250 method security is off: it would proxy every view and weigh every advisor again each
// time a screen opens (under load, a fifth of the request threads' time); ArchitectureTest keeps
// @RolesAllowed on routes only.
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String API = "/api/**";

    /** The portal's own static files (META-INF/resources): style sheets, icons, the web app manifest. */
    static final String[] STATIC_RESOURCES = {
        "/*.css", "/icons/**", "/images/**", "/favicon.ico", "/manifest.webmanifest"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, SignInMode mode) throws Exception {
        http.securityMatcher(API)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(mode.apiEntryPoint())
                        .accessDeniedHandler(ApiProblems.forbidden()));
        SecurityHeaders.api(http);
        mode.configureApi(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, SignInMode mode) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Roles.HEAD_TEACHER))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(mode.apiEntryPoint())
                        .accessDeniedHandler(ApiProblems.forbidden()));
        SecurityHeaders.api(http);
        mode.configureApi(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain screensChain(HttpSecurity http, SignInMode mode) throws Exception {
        // Vaadin's configurer refuses every other path it does not know (denyAll), signed in or not: each
        // static file of META-INF/resources is named here, or the browser is refused it with a 403.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(STATIC_RESOURCES).permitAll());
        SecurityHeaders.screens(http);
        mode.configureScreens(http);
        http.with(VaadinSecurityConfigurer.vaadin(), mode::configureScreens);
        return http.build();
    }

    /** Vaadin's route access control without a service look-up for each role it asks about. */
    @Bean
    static BeanPostProcessor navigationRoleChecks(BeanFactory beans) {
        return NavigationRoleChecks.inPlaceOfVaadins(beans);
    }

    /** The school in hand of each API call, from the {@code Safepost-School} header, once the caller is known. */
    @Bean
    WebMvcConfigurer apiSchoolInHand() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ApiSchoolInHand()).addPathPatterns(API);
            }
        };
    }

    /** How staff sign in: the local demo sign-in, or the school's single sign-on. */
    interface SignInMode {

        /** The 401 answer for API and actuator requests without acceptable credentials. */
        AuthenticationEntryPoint apiEntryPoint();

        void configureApi(HttpSecurity http) throws Exception;

        default void configureScreens(HttpSecurity http) throws Exception {}

        void configureScreens(VaadinSecurityConfigurer vaadin);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${safepost.sso.issuer-uri:}'.isEmpty()")
    static class DemoSignInConfiguration {

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

        @Bean
        DemoSignIn demoSignIn(
                PasswordEncoder encoder, @Value("${server.address:}") String bindAddress, StaffSchools schools) {
            return new DemoSignIn(encoder, bindAddress, schools);
        }

        /** Failed sign-ins (form and API): 5 per username and 30 per address in a row, then 15 minutes' wait. */
        @Bean
        SignInThrottle signInThrottle(
                JdbcTemplate jdbc,
                Clock clock,
                @Value("${safepost.security.sign-in-attempts-per-user:5}") int perUser,
                @Value("${safepost.security.sign-in-attempts-per-address:30}") int perAddress,
                @Value("${safepost.security.sign-in-lockout:PT15M}") Duration lockout) {
            return new SignInThrottle(jdbc, clock, perUser, perAddress, lockout);
        }

        @Bean
        SignInMode demoSignInMode(SignInThrottle throttle) {
            return new SignInMode() {
                private final AuthenticationEntryPoint basic =
                        ApiProblems.unauthorised("Basic realm=\"Safepost demo\"");

                @Override
                public AuthenticationEntryPoint apiEntryPoint() {
                    return basic;
                }

                @Override
                public void configureApi(HttpSecurity http) throws Exception {
                    http.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
                            .addFilterBefore(new SignInThrottleFilter(throttle), BasicAuthenticationFilter.class);
                }

                @Override
                public void configureScreens(HttpSecurity http) {
                    http.addFilterBefore(
                            new SignInFormThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
                }

                @Override
                public void configureScreens(VaadinSecurityConfigurer vaadin) {
                    vaadin.loginView(SignInView.class);
                }
            };
        }
    }
}
