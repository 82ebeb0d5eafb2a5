package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.SafepostTest;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway builds the whole schema on an empty PostgreSQL; Hibernate only validates it. */
@SafepostTest
class SchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void flyway_applied_every_migration_successfully() {
        var failed = jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class);
        var applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void runs_on_postgresql_15() {
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("15.");
    }

    @Test
    void hibernate_validates_and_never_generates_the_schema() {
        assertThat(entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto"))
                .isEqualTo("validate");
    }

    /**
     * The revisions themselves, and records written once and never changed (a stored check result),
     * for which an audit table would add nothing.
     */
    private static final java.util.Set<String> WRITTEN_ONCE = java.util.Set.of("revision_info", "draft_check");

    @Test
    void every_entity_table_has_an_audit_table_with_revision_indexes() {
        var entityTables = entityManagerFactory.getMetamodel().getEntities().stream()
                .filter(e -> {
                    var table = e.getJavaType().getAnnotation(jakarta.persistence.Table.class);
                    boolean audited = e.getJavaType().isAnnotationPresent(org.hibernate.envers.Audited.class);
                    assertThat(audited || (table != null && WRITTEN_ONCE.contains(table.name())))
                            .as("%s is audited or written once", e.getName())
                            .isTrue();
                    return audited;
                })
                .map(e -> e.getJavaType().getAnnotation(jakarta.persistence.Table.class))
                .filter(java.util.Objects::nonNull)
                .map(jakarta.persistence.Table::name)
                .filter(name -> !name.equals("revision_info"))
                .toList();
        assertThat(entityTables).isNotEmpty();
        for (var table : entityTables) {
            assertThat(jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, table + "_aud"))
                    .as("audit table for %s", table)
                    .isTrue();
            assertThat(jdbc.queryForList(
                            "select indexdef from pg_indexes where tablename = ?", String.class, table + "_aud"))
                    .as("indexes of %s_aud", table)
                    .anySatisfy(def -> assertThat(def).contains("(rev)"))
                    .anySatisfy(def -> assertThat(def).contains("(revend)"));
        }
    }
}
