package app.safepost.audit;

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
 * The portal on a database of its own with the demo trust, its anchor file and key under
 * {@code target/}: the anchor tests need each school's chain intact, which the shared test database's
 * is not (the integrity tests alter it on purpose), nor the backup tests' once they have run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "safepost.audit.anchor.file=target/anchor-tests/revision-anchors.log",
            "safepost.audit.anchor.key-file=target/anchor-tests/config/anchor-signing.key"
        })
@ContextConfiguration(initializers = AnchorPortal.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface AnchorPortal {

    /** The anchor tests' own database. */
    final class Database extends SeparateDatabase {
        public static final String NAME = "trail_anchors";

        @Override
        protected String name() {
            return NAME;
        }
    }
}
