package app.safepost.backups;

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
 * The portal on a database of its own with the demo school, backing up into {@code target/}: the
 * backup tests restore what they back up and compare it with the source, whose revision chain must be
 * intact (the shared test database's chain is broken on purpose by the integrity tests).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "safepost.backup.directory=target/backup-tests",
            "safepost.backup.drill-database=school_backups_drill"
        })
@ContextConfiguration(initializers = BackupPortal.Database.class)
@TestExecutionListeners(
        listeners = SecurityContextPerTestContext.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface BackupPortal {

    /** The backup tests' own database. */
    final class Database extends SeparateDatabase {
        public static final String NAME = "school_backups";

        @Override
        protected String name() {
            return NAME;
        }
    }
}
