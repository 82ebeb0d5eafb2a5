package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.safepost.SafepostApplication;
import app.safepost.testing.SmallDisk;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A data directory the embedded database cannot use stops start-up with the failure analyzer's
 * explanation, no stack trace, and leaves what is there untouched. A full disk and a read-only disk
 * are real ones ({@link SmallDisk}: a small tmpfs, which needs root, as the tests have here and in CI);
 * the whole portal is started on them, and started again once the disk is usable, with its data intact.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryFailureTest {

    @TempDir
    Path temp;

    @Test
    void an_unusable_data_dir_stops_start_up_with_a_clear_report_and_nothing_written() throws Exception {
        var notADirectory = Files.writeString(temp.resolve("data"), "school files, not a database");

        var failure = catchThrowable(() -> new EmbeddedDatabaseConfiguration().embeddedPostgres(notADirectory, 0));

        assertThat(failure).isInstanceOf(EmbeddedDatabaseConfiguration.EmbeddedDatabaseUnavailable.class);
        var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription())
                .contains("could not start", notADirectory.toAbsolutePath().toString(), "writable", "disk is not full");
        assertThat(analysis.getAction()).contains("safepost.data-dir", "spring.datasource.url");
        assertThat(Files.readString(notADirectory)).isEqualTo("school files, not a database");
    }

    @Test
    void a_full_disk_stops_start_up_with_a_clear_report_and_once_space_is_freed_the_data_is_all_there(
            CapturedOutput output) {
        startingOnABrokenDisk(
                output,
                "Disk full",
                SmallDisk::fill,
                SmallDisk::free,
                "The disk holding it is full",
                "Free space on that disk");
    }

    @Test
    void a_read_only_disk_stops_start_up_with_a_clear_report_and_once_writable_the_data_is_all_there(
            CapturedOutput output) {
        startingOnABrokenDisk(
                output,
                "Read-only disk",
                SmallDisk::readOnly,
                SmallDisk::writable,
                "The disk holding it is mounted read-only");
    }

    /**
     * School data written on a disk of its own, the disk broken, the whole portal started on it (the
     * report must say why, without a stack trace), the disk mended, and the data read back.
     */
    private void startingOnABrokenDisk(
            CapturedOutput output,
            String fault,
            Consumer<SmallDisk> breakIt,
            Consumer<SmallDisk> mendIt,
            String... reported) {
        try (var disk = SmallDisk.mount(temp.resolve("disk"), 96)) {
            var dataDir = disk.path().resolve("safepost");
            var written = writeSchoolData(dataDir);
            breakIt.accept(disk);

            long started = System.nanoTime();
            var failure = catchThrowable(() -> startPortal(dataDir));
            System.out.printf(
                    "%s: start-up stopped with its report after %d ms%n",
                    fault, (System.nanoTime() - started) / 1_000_000);

            assertThat(failure).isNotNull();
            assertThat(report(output))
                    .contains("The embedded database could not start in "
                            + dataDir.resolve("postgres").toAbsolutePath())
                    .contains(reported);
            mendIt.accept(disk);
            assertThat(readSchoolData(dataDir)).isEqualTo(written);
        }
    }

    /** The part of the output from Spring Boot's failure report on, which must not hold a stack trace. */
    private static String report(CapturedOutput output) {
        var all = output.getAll();
        assertThat(all).contains("APPLICATION FAILED TO START");
        var report = all.substring(all.lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(report).contains("Description:", "Action:").doesNotContain("\tat ", "Exception");
        return report;
    }

    /** The whole portal, as {@code java -jar} would start it, on this data directory and its embedded database. */
    private static void startPortal(Path dataDir) {
        // As arguments, like java -jar's: they outrank application.properties.
        new SpringApplicationBuilder(SafepostApplication.class)
                .run("--safepost.data-dir=" + dataDir, "--server.port=0")
                .close();
    }

    private static List<String> writeSchoolData(Path dataDir) {
        var lines = List.of("Kestrels' trip to the castle " + UUID.randomUUID(), "Owls' harvest assembly");
        withDatabase(dataDir, jdbc -> {
            jdbc.execute("create table school_note (line text not null)");
            lines.forEach(line -> jdbc.update("insert into school_note (line) values (?)", line));
        });
        return lines;
    }

    private static List<String> readSchoolData(Path dataDir) {
        var lines = new java.util.ArrayList<String>();
        withDatabase(
                dataDir,
                jdbc -> lines.addAll(jdbc.queryForList("select line from school_note order by ctid", String.class)));
        return lines;
    }

    /**
     * The portal's own way of starting its embedded database, without the rest of the portal; the data
     * written and read as the schema's owner, since the portal's own role may not create a table.
     */
    private static void withDatabase(Path dataDir, Consumer<JdbcTemplate> work) {
        var configuration = new EmbeddedDatabaseConfiguration();
        try (var server = configuration.embeddedPostgres(dataDir, 0);
                var portal = (HikariDataSource) configuration.dataSource(server)) {
            work.accept(new JdbcTemplate(configuration.ownerDataSource(server)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
