package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The database's address for PostgreSQL's tools, read from the portal's JDBC URL. */
class DatabaseAddressTest {

    @Test
    void a_url_with_host_port_database_and_sslmode_gives_the_tools_environment_with_the_password_apart() {
        var address = DatabaseAddress.fromJdbcUrl(
                "jdbc:postgresql://db.school.example:5433/safepost?sslmode=require", "safepost", "s3cret");

        assertThat(address.environment())
                .containsEntry("PGHOST", "db.school.example")
                .containsEntry("PGPORT", "5433")
                .containsEntry("PGDATABASE", "safepost")
                .containsEntry("PGUSER", "safepost")
                .containsEntry("PGPASSWORD", "s3cret")
                .containsEntry("PGSSLMODE", "require");
        assertThat(address.jdbcUrl()).isEqualTo("jdbc:postgresql://db.school.example:5433/safepost?sslmode=require");
        assertThat(address.toString()).doesNotContain("s3cret");
    }

    @Test
    void the_default_port_the_first_of_several_hosts_an_ipv6_host_and_the_urls_own_user() {
        assertThat(DatabaseAddress.fromJdbcUrl("jdbc:postgresql://postgres/safepost", "safepost", "")
                        .port())
                .isEqualTo(5432);
        assertThat(DatabaseAddress.fromJdbcUrl("jdbc:postgresql://a:5432,b:5433/safepost", "u", null)
                        .host())
                .isEqualTo("a");
        var ipv6 = DatabaseAddress.fromJdbcUrl("jdbc:postgresql://[::1]:15432/safepost", "u", null);
        assertThat(ipv6.host()).isEqualTo("::1");
        assertThat(ipv6.port()).isEqualTo(15432);
        assertThat(ipv6.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:15432/safepost");
        var zonky = DatabaseAddress.fromJdbcUrl("jdbc:postgresql://localhost:40000/postgres?user=postgres", "", "");
        assertThat(zonky.username()).isEqualTo("postgres");
        assertThat(zonky.environment()).doesNotContainKey("PGPASSWORD");
    }

    @Test
    void another_database_or_role_on_the_same_server() {
        var portal = DatabaseAddress.fromJdbcUrl("jdbc:postgresql://postgres:5432/safepost", "safepost", "pw");

        assertThat(portal.on("safepost_restore_drill").database()).isEqualTo("safepost_restore_drill");
        assertThat(portal.as("backup", "other").environment())
                .containsEntry("PGUSER", "backup")
                .containsEntry("PGPASSWORD", "other")
                .containsEntry("PGDATABASE", "safepost");
        assertThatThrownBy(() -> DatabaseAddress.fromJdbcUrl("jdbc:mysql://x/y", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
