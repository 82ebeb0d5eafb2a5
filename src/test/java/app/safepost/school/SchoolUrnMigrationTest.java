package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.TestDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A portal of one school upgraded in place: its school keeps everything and gets no URN (tokens
 * without a schools claim go on giving their roles in it), unless it is the demo school, which gets
 * the demo trust's fictional URN.
 */
class SchoolUrnMigrationTest {

    /** A fresh database of the shared test server, migrated as the release before the trust left it. */
    private static JdbcTemplate releaseBeforeTheTrust(String name) throws SQLException {
        try (var connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        var dataSource =
                new DriverManagerDataSource(TestDatabase.server().getJdbcUrl("postgres", name), "postgres", "");
        Flyway.configure().dataSource(dataSource).target("0019").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    @ParameterizedTest(name = "{0} ({1}) gets URN \"{2}\"")
    @CsvSource(textBlock = """
            Jesse Gray Primary School, @JesseGrayPrimary, 990001
            Riverside Primary School, @RiversidePrimary, ''
            """)
    void the_one_school_keeps_its_profile_and_only_the_demo_school_gets_a_urn(
            String schoolName, String handle, String urn) throws SQLException {
        var jdbc = releaseBeforeTheTrust("upgrade_" + (urn.isEmpty() ? "school" : "demo"));
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into school (id, version, name, contact_email, whole_school_handle) values (?, 3, ?, ?, ?)",
                id,
                schoolName,
                "office@school.example",
                handle);

        Flyway.configure().dataSource(jdbc.getDataSource()).load().migrate();

        assertThat(jdbc.queryForList(
                        "select id || ' ' || version || ' ' || name || ' ' || coalesce(urn, '')"
                                + " || ' ' || (logo_sha256 is null) from school",
                        String.class))
                .containsExactly(id + " 3 " + schoolName + " " + urn + " true");
        assertThat(jdbc.queryForObject("select count(*) from school_aud", Long.class))
                .as("no revision is made up for it")
                .isZero();
        assertThat(List.of(
                        jdbc.queryForObject("select count(*) from staff_membership", Long.class),
                        jdbc.queryForObject("select count(*) from school_chosen", Long.class)))
                .containsOnly(0L);
    }
}
