package app.safepost.trust;

import app.safepost.testing.SecurityContextPerTestContext;
import app.safepost.testing.SeparateDatabase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The portal serving HTTP on a random loopback port, on a database of its own with the demo trust: the
 * trust's tests add schools and count what waits in each, which no other test should see or disturb.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TrustPortal.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@interface TrustPortal {

    final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "trust_team";
        }
    }
}
