package app.safepost.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole portal in single sign-on mode against the real demo Keycloak ({@link TestKeycloak}), on
 * the shared test PostgreSQL with the demo school loaded. It serves on 127.0.0.1:18080, a port the
 * realm's redirect URIs name exactly. All such tests share this one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=" + SafepostSsoServerTest.PORT,
            "server.address=127.0.0.1",
            "safepost.sso.issuer-uri=" + TestKeycloak.ISSUER,
            "safepost.sso.client-id=safepost",
            "safepost.sso.client-secret=safepost-demo-secret",
            // Short, so that a token that has just expired is refused within seconds.
            "safepost.sso.clock-skew=1s",
            "safepost.demo-school.load=true"
        })
@ContextConfiguration(initializers = {TestDatabase.class, TestKeycloak.class})
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface SafepostSsoServerTest {

    int PORT = 18080;
    String BASE_URL = "http://127.0.0.1:" + PORT;
}
