package app.safepost.backups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup directory's files: a whole backup is its dump, its checksum and its manifest. */
class BackupDirectoryTest {

    @TempDir
    Path folder;

    private BackupFile write(BackupDirectory directory, Instant at, String content) throws IOException {
        var partial = directory.partialFor(at);
        Files.writeString(partial, content);
        return directory.complete(partial, at, "15.15", "15.18", Map.of("public.draft", 3L, "public.photo", 2L));
    }

    @Test
    void a_completed_backup_has_a_checksum_sha256sum_accepts_and_a_manifest_read_back_as_written() throws Exception {
        var directory = new BackupDirectory(folder);
        var at = Instant.parse("2026-12-04T01:00:00.123Z");

        var backup = write(directory, at, "pretend dump");

        assertThat(backup.fileName()).isEqualTo("safepost-2026-12-04-010000.dump");
        assertThat(Files.readString(folder.resolve("safepost-2026-12-04-010000.sha256")))
                .isEqualTo(backup.sha256() + "  safepost-2026-12-04-010000.dump\n");
        var check = new ProcessBuilder("sha256sum", "-c", "safepost-2026-12-04-010000.sha256")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("safepost-2026-12-04-010000.dump: OK");
        assertThat(directory.all()).containsExactly(backup);
        assertThat(directory.latest().orElseThrow().rows())
                .containsEntry("public.draft", 3L)
                .containsEntry("public.photo", 2L);
        assertThat(backup.totalRows()).isEqualTo(5);
    }

    @Test
    void a_dump_still_being_written_or_without_its_manifest_is_no_backup() throws IOException {
        var directory = new BackupDirectory(folder);
        Files.writeString(directory.partialFor(Instant.parse("2026-12-04T01:00:00Z")), "half");
        Files.writeString(folder.resolve("safepost-2026-12-03-010000.dump"), "no manifest");

        assertThat(directory.all()).isEmpty();
        assertThat(directory.latest()).isEmpty();
    }

    @Test
    void a_changed_byte_is_found_by_the_checksum() throws IOException {
        var directory = new BackupDirectory(folder);
        var backup = write(directory, Instant.parse("2026-12-04T01:00:00Z"), "pretend dump");
        directory.verify(backup);

        Files.writeString(backup.dump(), "pretend dumq");

        assertThatThrownBy(() -> directory.verify(backup))
                .isInstanceOf(BackupProblem.class)
                .hasMessage("safepost-2026-12-04-010000.dump does not match its checksum: the file was changed or"
                        + " damaged after it was written.");
    }

    @Test
    void two_backups_in_one_second_get_names_of_their_own_and_the_newest_is_first() throws IOException {
        var directory = new BackupDirectory(folder);
        var at = Instant.parse("2026-12-04T01:00:00Z");

        var first = write(directory, at, "one");
        var second = write(directory, at.plusMillis(400), "two");

        assertThat(second.fileName()).isEqualTo("safepost-2026-12-04-010000-2.dump");
        assertThat(directory.all()).containsExactly(second, first);
    }

    @Test
    void rotation_deletes_each_backup_it_does_not_keep_with_its_checksum_and_manifest() throws IOException {
        var directory = new BackupDirectory(folder);
        for (int day = 1; day <= 10; day++) {
            write(directory, Instant.parse("2026-11-%02dT01:00:00Z".formatted(day)), "night " + day);
        }

        var deleted = directory.rotate(new Rotation(3, 0, 0), Instant.parse("2026-11-10T02:00:00Z"));

        assertThat(deleted).hasSize(7);
        assertThat(directory.all())
                .extracting(BackupFile::fileName)
                .containsExactly(
                        "safepost-2026-11-10-010000.dump",
                        "safepost-2026-11-09-010000.dump",
                        "safepost-2026-11-08-010000.dump");
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(9);
        }
    }

    @Test
    void rotation_clears_a_dump_a_crash_left_half_written_the_night_before() throws IOException {
        var directory = new BackupDirectory(folder);
        var partial = directory.partialFor(Instant.parse("2026-11-09T01:00:00Z"));
        Files.writeString(partial, "half");
        Files.setLastModifiedTime(
                partial, java.nio.file.attribute.FileTime.from(Instant.parse("2026-11-09T01:00:00Z")));

        directory.rotate(new Rotation(7, 5, 12), Instant.parse("2026-11-10T02:00:00Z"));

        assertThat(partial).doesNotExist();
    }
}
