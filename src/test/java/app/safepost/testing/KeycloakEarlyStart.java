package app.safepost.testing;

import java.util.Optional;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Starts the test Keycloak in the background as soon as a run's test plan holds a single sign-on
 * test class, so that its start (about half a minute) overlaps the classes that run before the first
 * of them; that test then waits in {@link TestKeycloak#ensureRunning} for the start to finish. A run
 * without such a class never starts Keycloak.
 */
public final class KeycloakEarlyStart implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (holdsSingleSignOnTests(plan)) {
            Thread.ofPlatform().daemon().name("keycloak-early-start").start(KeycloakEarlyStart::start);
        }
    }

    private static void start() {
        try {
            TestKeycloak.ensureRunning();
        } catch (RuntimeException e) {
            // The first single sign-on test tries again and fails with the reason.
            System.err.println("Keycloak did not start in the background: " + e.getMessage());
        }
    }

    static boolean holdsSingleSignOnTests(TestPlan plan) {
        return plan.getRoots().stream()
                .flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource)
                .flatMap(Optional::stream)
                .filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass())
                .anyMatch(type -> AnnotatedElementUtils.hasAnnotation(type, SafepostSsoServerTest.class));
    }
}
