package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.safepost.testing.TestDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database made by the release before purposes upgrades in place: each pupil's single yes or no
 * becomes the same answer for both social-media purposes with everything it said, every earlier
 * decision is kept for both, accounts get their kind's purpose, and the audit trail's revision chain
 * still verifies, the move itself being one revision by the portal.
 */
class ConsentMigrationTest {

    private static final String DATABASE = "consent_upgrade";
    private static final UUID CLASS_3 = UUID.randomUUID();
    private static final UUID DECIDED = UUID.randomUUID();
    private static final UUID NEVER_ASKED = UUID.randomUUID();
    private static final UUID FROM_THE_FIRST_RELEASE = UUID.randomUUID();
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void aDatabaseOfTheReleaseBeforeUpgraded() throws SQLException {
        try (var connection = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        var url = TestDatabase.server().getJdbcUrl("postgres", DATABASE);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .target("19")
                .load()
                .migrate();
        writeWhatTheReleaseBeforeWrote(url);
        Flyway.configure()
                .dataSource(url, "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * As that release's Envers did, one transaction per revision: a class, two accounts, a pupil whose
     * consent the office recorded twice, one added by hand and never asked, one from before decisions
     * were kept, and an open "needs action".
     */
    private static void writeWhatTheReleaseBeforeWrote(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        insert into revision_info (id, rev_timestamp, username, roles)
                            values (nextval('revision_info_seq'), 1757000000000, 'office', 'office');
                        insert into school_class (id, version, name, year_group) values ('%1$s', 0, 'Class 3', '3');
                        insert into school_class_aud (id, rev, revtype, name, year_group)
                            values ('%1$s', currval('revision_info_seq'), 0, 'Class 3', '3');
                        insert into social_account (id, version, handle, platform, kind, class_id, active) values
                            (gen_random_uuid(), 0, '@JGP_Kestrels', 'X', 'CLASS', '%1$s', true),
                            (gen_random_uuid(), 0, '@JesseGrayPrimary', 'X', 'WHOLE_SCHOOL', null, true);
                        insert into social_account_aud (id, rev, revtype, handle, platform, kind, class_id, active)
                            select id, currval('revision_info_seq'), 0, handle, platform, kind, class_id, active
                            from social_account;
                        insert into pupil (id, version, upn, first_name, surname, class_id, image_consent,
                                           consent_recorded_on, consent_source, archived) values
                            ('%2$s', 1, 'J820300120086', 'Amelia', 'Khan', '%1$s', true, '2025-10-01', 'PARENT_REQUEST', false),
                            ('%3$s', 0, 'J820300120087', 'Ezra', 'Garcia', '%1$s', false, null, null, false),
                            ('%4$s', 0, 'J820300120088', 'Maya', 'Patel', '%1$s', true, null, null, false);
                        insert into pupil_aud (id, rev, revtype, upn, first_name, surname, class_id, image_consent,
                                               consent_recorded_on, consent_source, archived)
                            select id, currval('revision_info_seq'), 0, upn, first_name, surname, class_id,
                                   image_consent, consent_recorded_on, consent_source, archived from pupil;
                        insert into image_consent_record (id, version, pupil_id, consent, source, recorded_on,
                                                          recorded_by, recorded_at, note) values
                            (gen_random_uuid(), 0, '%2$s', false, 'GDPR_FORM', '2025-09-01', 'office',
                             '2025-09-01T09:00:00Z', 'Form came back unsigned'),
                            (gen_random_uuid(), 0, '%2$s', true, 'PARENT_REQUEST', '2025-10-01', 'office',
                             '2025-10-01T09:00:00Z', 'Mum phoned');
                        insert into image_consent_record_aud (id, rev, revtype, pupil_id, consent, source,
                                                              recorded_on, recorded_by, recorded_at, note)
                            select id, currval('revision_info_seq'), 0, pupil_id, consent, source, recorded_on,
                                   recorded_by, recorded_at, note from image_consent_record;
                        insert into consent_action (id, version, upn, kind, reference, account_handle, status, raised_at)
                            values (gen_random_uuid(), 0, 'J820300120086', 'draft', gen_random_uuid(),
                                    '@JGP_Kestrels', 'open', '2025-09-02T10:00:00Z');
                        insert into consent_action_aud (id, rev, revtype, upn, kind, reference, account_handle,
                                                        status, raised_at)
                            select id, currval('revision_info_seq'), 0, upn, kind, reference, account_handle, status,
                                   raised_at from consent_action;
                        """.formatted(CLASS_3, DECIDED, NEVER_ASKED, FROM_THE_FIRST_RELEASE));
            }
            connection.commit();
        }
    }

    @Test
    void each_pupils_answer_is_the_same_for_both_social_media_purposes_with_who_recorded_it() {
        var consents = jdbc.query(
                """
                select pupil_id, purpose_code, consent, source, recorded_on::text, recorded_by, note, expires_on
                from pupil_consent order by pupil_id, purpose_code""",
                (rs, row) -> tuple(
                        rs.getObject(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8)));

        assertThat(consents)
                .containsExactlyInAnyOrder(
                        tuple(
                                DECIDED,
                                "class-social",
                                true,
                                "PARENT_REQUEST",
                                "2025-10-01",
                                "office",
                                "Mum phoned",
                                null),
                        tuple(
                                DECIDED,
                                "school-social",
                                true,
                                "PARENT_REQUEST",
                                "2025-10-01",
                                "office",
                                "Mum phoned",
                                null),
                        tuple(FROM_THE_FIRST_RELEASE, "class-social", true, "MIS_IMPORT", null, "system", null, null),
                        tuple(FROM_THE_FIRST_RELEASE, "school-social", true, "MIS_IMPORT", null, "system", null, null));
        assertThat(jdbc.queryForObject("select default_expiry from consent_settings", String.class))
                .as("consents hold until withdrawn, as before")
                .isEqualTo("UNTIL_LEAVES");
    }

    @Test
    void every_earlier_decision_is_kept_for_both_purposes_and_their_history_is_unchanged() {
        assertThat(jdbc.query(
                        """
                select purpose_code, consent, source, recorded_by, note from image_consent_record
                where pupil_id = ? order by purpose_code, recorded_at""",
                        (rs, row) -> tuple(
                                rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                        DECIDED))
                .containsExactly(
                        tuple("class-social", false, "GDPR_FORM", "office", "Form came back unsigned"),
                        tuple("class-social", true, "PARENT_REQUEST", "office", "Mum phoned"),
                        tuple("school-social", false, "GDPR_FORM", "office", "Form came back unsigned"),
                        tuple("school-social", true, "PARENT_REQUEST", "office", "Mum phoned"));
        assertThat(jdbc.queryForList("""
                select a.purpose_code from image_consent_record_aud a join revision_info r on r.id = a.rev
                where r.username = 'office'""", String.class)).hasSize(2).containsOnlyNulls();
        assertThat(jdbc.queryForList("""
                select a.image_consent from pupil_aud a join revision_info r on r.id = a.rev
                where a.id = ? order by a.rev""", Boolean.class, DECIDED)).containsExactly(true, null);
    }

    @Test
    void accounts_get_their_kinds_purpose_and_open_actions_say_why() {
        assertThat(jdbc.queryForList(
                        "select kind || ':' || purpose_code from social_account order by kind", String.class))
                .containsExactly("CLASS:class-social", "WHOLE_SCHOOL:school-social");
        assertThat(jdbc.queryForList("select reason from consent_action", String.class))
                .containsExactly("withdrawn");
    }

    @Test
    void the_move_is_one_revision_by_the_portal_and_the_revision_chain_still_verifies() {
        var migration = jdbc.queryForObject("select max(id) from revision_info", Long.class);
        assertThat(jdbc.queryForObject("select username from revision_info where id = ?", String.class, migration))
                .isEqualTo("system");
        assertThat(jdbc.queryForList(
                        "select distinct revtype from pupil_consent_aud where rev = ?", Integer.class, migration))
                .containsExactly(0);
        assertThat(jdbc.queryForObject("select count(*) from pupil_consent_aud where rev = ?", Long.class, migration))
                .isEqualTo(4);

        assertThat(jdbc.queryForObject("select count(*) from revision_chain", Long.class))
                .as("the release's revision and the move")
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from revision_info r where not exists (select 1 from revision_chain c where c.rev = r.id)""", Long.class))
                .as("revisions outside the chain")
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from revision_chain c
                where c.content_digest <> audit_verified_digest(c.rev, c.school_id)""", Long.class))
                .as("revisions whose rows changed")
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from revision_chain c
                join revision_info r on r.id = c.rev
                left join revision_chain p on p.school_id = c.school_id and p.position = c.position - 1
                where c.previous_hash <> coalesce(p.hash, repeat('0', 64))
                   or c.hash <> audit_link_hash(c.previous_hash, c.rev, r.rev_timestamp, r.username, r.roles,
                                                c.content_digest)""", Long.class))
                .as("links that do not verify")
                .isZero();
        assertThat(jdbc.queryForList("select code from consent_purpose order by position", String.class))
                .isEqualTo(List.of("class-social", "school-social"));
    }
}
