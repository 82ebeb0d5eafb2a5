package app.safepost.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

class KeycloakEarlyStartTest {

    @Test
    void a_run_with_a_single_sign_on_test_class_starts_keycloak_early() {
        assertThat(KeycloakEarlyStart.holdsSingleSignOnTests(plan(
                        "app.safepost.security.ApiAccessMatrixTest", "app.safepost.security.SsoApiAccessMatrixTest")))
                .isTrue();
    }

    @Test
    void a_run_without_one_leaves_keycloak_alone() {
        assertThat(KeycloakEarlyStart.holdsSingleSignOnTests(
                        plan("app.safepost.security.ApiAccessMatrixTest", "app.safepost.ArchitectureTest")))
                .isFalse();
    }

    /** Discovers the classes' tests without running them. */
    private static TestPlan plan(String... classNames) {
        var request = request();
        for (var name : classNames) {
            request.selectors(selectClass(name));
        }
        return LauncherFactory.create().discover(request.build());
    }
}
