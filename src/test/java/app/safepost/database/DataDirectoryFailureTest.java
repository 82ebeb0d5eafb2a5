package app.safepost.database;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A data directory the embedded database cannot use (here: a path that is a file, as the tests run
 * as a user for whom no directory is read-only) stops start-up with the failure analyzer's
 * explanation and leaves what is there untouched.
 */
class DataDirectoryFailureTest {

    @TempDir
    Path temp;

    @Test
    void an_unusable_data_dir_stops_start_up_with_a_clear_report_and_nothing_written() throws Exception {
        var notADirectory = Files.writeString(temp.resolve("data"), "school files, not a database");

        var failure = catchThrowable(() -> new EmbeddedDatabaseConfiguration().embeddedPostgres(notADirectory, 0));

        assertThat(failure).isInstanceOf(EmbeddedDatabaseConfiguration.EmbeddedDatabaseUnavailable.class);
        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("could not start", notADirectory.toAbsolutePath().toString(),
                "writable", "disk is not full");
        assertThat(analysis.getAction()).contains("safepost.data-dir", "spring.datasource.url");
        assertThat(Files.readString(notADirectory)).isEqualTo("school files, not a database");
    }
}
