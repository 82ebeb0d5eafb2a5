package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.SafepostSsoServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The API access matrix in single sign-on mode: every demo user calls with a bearer token that the
 * real demo Keycloak issued for them, and screens send anonymous visitors to Keycloak's sign-in.
 */
@SafepostSsoServerTest
class SsoApiAccessMatrixTest extends ApiAccessMatrix {

    @Autowired
    ApplicationContext context;

    @Override
    Api api() {
        return Api.withBearerTokens(SafepostSsoServerTest.PORT);
    }

    @Override
    String signInPath() {
        return SsoProperties.SIGN_IN_PATH;
    }

    @Override
    String challenge() {
        return "Bearer";
    }

    @Test
    void there_is_no_demo_sign_in_and_no_password_store_in_this_mode() {
        assertThat(context.getBeanNamesForType(DemoSignIn.class)).isEmpty();
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    }
}
