package app.safepost.backups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL's client tools as installed here, and what the portal says when they will not do. */
class PgToolsTest {

    @Test
    void the_installed_pg_dump_and_pg_restore_are_at_least_the_embedded_servers_version() {
        var tools = new PgTools(null);
        for (var tool : new String[] {"pg_dump", "pg_restore"}) {
            var version = tools.version(tools.find(tool));
            assertThat(PgTools.major(version))
                    .as("%s %s (Debian: apt-get install postgresql-client)", tool, version)
                    .isGreaterThanOrEqualTo(PgTools.EMBEDDED_MAJOR);
            PgTools.checkCanServe(tool, version, PgTools.EMBEDDED_MAJOR);
        }
    }

    @Test
    void a_pg_dump_older_than_the_server_is_refused_saying_what_to_install() {
        assertThatThrownBy(() -> PgTools.checkCanServe("pg_dump", "14.11", 15))
                .isInstanceOf(BackupProblem.class)
                .hasMessage("pg_dump 14.11 is older than the database's PostgreSQL 15 server and cannot work with it:"
                        + " install PostgreSQL's client tools 15 or newer (Debian: apt-get install postgresql-client),"
                        + " or name their directory in safepost.backup.tools-directory.");
        PgTools.checkCanServe("pg_dump", "16.4", 15);
        assertThat(PgTools.major("15")).isEqualTo(15);
    }

    @Test
    void a_tools_directory_without_the_tool_is_named_in_the_problem(@TempDir Path empty) {
        assertThatThrownBy(() -> new PgTools(empty.toString()).find("pg_dump"))
                .isInstanceOf(BackupProblem.class)
                .hasMessage("pg_dump is not in " + empty + " (safepost.backup.tools-directory).");
    }

    @Test
    void a_tool_that_fails_is_a_problem_with_what_it_said() {
        var tools = new PgTools(null);
        var pgRestore = tools.find("pg_restore");

        assertThatThrownBy(() -> tools.run(
                        java.util.List.of(pgRestore.toString(), "--list", "/nonexistent/backup.dump"),
                        java.util.Map.of(),
                        java.time.Duration.ofSeconds(30)))
                .isInstanceOf(BackupProblem.class)
                .hasMessageStartingWith("pg_restore failed (exit 1): ")
                .hasMessageContaining("/nonexistent/backup.dump");
    }
}
