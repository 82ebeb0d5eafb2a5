package app.safepost.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole portal, without an HTTP server, publishing to the Bluesky reference network
 * ({@link TestBluesky}) on a database of its own, so that its publishing job, which polls every
 * second, sends only what these tests approve. All such tests share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = {SafepostOnBlueskyTest.Database.class, TestBluesky.class})
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface SafepostOnBlueskyTest {

    /** The portal's database for these tests. */
    final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "portal_on_bluesky";
        }
    }
}
