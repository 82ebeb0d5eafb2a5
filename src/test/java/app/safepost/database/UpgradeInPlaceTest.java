package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.domain.RevisionChain;
import app.safepost.testing.ReleaseDatabase;
import app.safepost.testing.TestDatabase;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school's database made by release 82dc429 (schema 0019, the last that served one school) upgrades
 * in place to a trust of that one school: restored from the release's own dump, migrated by Flyway as
 * the schema's owner, as a deployment upgrading would, then checked. Nothing is lost, every record is
 * the school's, the consent withdrawn before is still withdrawn, the revision chain still verifies
 * through the portal's own check (and reports a row altered after), and row-level security holds the
 * portal's role to the school in hand.
 */
class UpgradeInPlaceTest {

    private static final String DATABASE = "upgrade_in_place";
    /** The tables of the trust itself and the portal's bookkeeping: with a school, but not the school's. */
    private static final Set<String> NOT_HELD_BY_SCHOOL =
            Set.of("staff_membership", "staff_membership_aud", "school_logo", "school_chosen", "daily_job_run");
    /** Muhammad Grace, whose image consent the office withdrew by a roster import before the upgrade. */
    private static final String WITHDRAWN_UPN = "J820300120085";

    private static DataSource ownerDataSource;
    private static JdbcTemplate owner;
    private static Map<String, Long> rowsBefore;
    private static Map<String, Boolean> consentBefore;
    private static Map<Long, String> linksBefore;
    private static Map<String, String> photoBytesBefore;
    private static Map<String, Object> schoolBefore;
    private static long lastRevisionBefore;

    @BeforeAll
    static void theReleasesDatabaseRestoredAndUpgraded() {
        var restore = ReleaseDatabase.restore(DATABASE);
        var ownerUrl = TestDatabase.server().getJdbcUrl("postgres", DATABASE);
        ownerDataSource = new DriverManagerDataSource(ownerUrl, "postgres", "");
        owner = new JdbcTemplate(ownerDataSource);

        assertThat(owner.queryForObject("select max(version) from flyway_schema_history", String.class))
                .as("the dump's schema version")
                .isEqualTo("0019");

        rowsBefore = rowCounts();
        consentBefore = answersByUpn("select upn, image_consent from pupil");
        linksBefore = chainLinks(Long.MAX_VALUE);
        photoBytesBefore = bytesOfPhotos();
        schoolBefore = owner.queryForMap("select id, name, whole_school_handle from school");
        lastRevisionBefore = owner.queryForObject("select max(id) from revision_info", Long.class);

        var migrationStarted = System.nanoTime();
        var portal = new DriverManagerDataSource(
                TestDatabase.server().getJdbcUrl(TestDatabase.PORTAL_ROLE, DATABASE), TestDatabase.PORTAL_ROLE, "");
        var migrated = Flyway.configure()
                .dataSource(ownerUrl, "postgres", "")
                .locations("classpath:db/migration")
                .callbacks(new PortalDatabaseRole(
                        new StaticListableBeanFactory(Map.of("portal", portal)).getBeanProvider(DataSource.class)))
                .load()
                .migrate();
        var migration = Duration.ofNanos(System.nanoTime() - migrationStarted);
        var schoolOwned = tablesWithSchoolColumn();
        System.out.printf(
                "Upgrade in place: restored %d tables (%,d rows) in %d ms; %d migrations to %s in %d ms;"
                        + " %d tables with a school column, %,d rows%n",
                rowsBefore.size(),
                rowsBefore.values().stream().mapToLong(Long::longValue).sum(),
                restore.toMillis(),
                migrated.migrationsExecuted,
                migrated.targetSchemaVersion,
                migration.toMillis(),
                schoolOwned.size(),
                schoolOwned.stream().mapToLong(UpgradeInPlaceTest::count).sum());
    }

    @Test
    void the_release_made_one_school_and_it_is_still_the_only_school_with_its_name_and_the_demo_urn() {
        assertThat(rowsBefore.get("school"))
                .as("schools in the release's database")
                .isEqualTo(1);

        var schools = owner.queryForList("select id, name, whole_school_handle, urn from school");

        assertThat(schools).singleElement().satisfies(school -> {
            assertThat(school.get("id")).isEqualTo(schoolBefore.get("id"));
            assertThat(school.get("name")).isEqualTo(schoolBefore.get("name")).isEqualTo("Jesse Gray Primary School");
            assertThat(school.get("whole_school_handle")).isEqualTo(schoolBefore.get("whole_school_handle"));
            assertThat(school.get("urn")).isEqualTo("990001");
        });
    }

    @Test
    void every_row_of_every_school_owned_table_is_the_schools() {
        var tables = tablesWithSchoolColumn();
        assertThat(tables)
                .as("tables with a school column")
                .hasSizeGreaterThan(80)
                .contains(
                        "draft",
                        "draft_aud",
                        "pupil",
                        "pupil_consent",
                        "image_consent_record",
                        "photo",
                        "media_content",
                        "publication",
                        "revision_info",
                        "revision_chain",
                        "audit_entry");

        long rows = 0;
        for (var table : tables) {
            // the portal's own daily jobs have no school; those run in the school are its
            long others = table.equals("daily_job_run") ? count("daily_job_run where school_id is null") : 0;
            assertThat(owner.queryForObject(
                            "select count(*) from %s where school_id is distinct from ?".formatted(table),
                            Long.class,
                            school()))
                    .as("rows of %s not the school's", table)
                    .isEqualTo(others);
            rows += count(table);
        }
        assertThat(rows).as("rows checked").isGreaterThan(1000);
    }

    @Test
    void every_table_the_release_had_keeps_its_rows() {
        var migrationRevisions =
                owner.queryForList("select username from revision_info where id > ?", String.class, lastRevisionBefore);
        assertThat(migrationRevisions)
                .as("revisions the upgrade added: the consent move, by the portal")
                .containsExactly("system");

        var changed = new ArrayList<String>();
        for (var table : rowsBefore.keySet()) {
            if (Set.of("flyway_schema_history", "change_count").contains(table)) {
                continue;
            }
            long expected = rowsBefore.get(table);
            long now = switch (table) {
                // each earlier decision is kept for both social-media purposes (V0020)
                case "image_consent_record" -> count(table + " where purpose_code = 'class-social'");
                // the release's revisions: the upgrade's own are added after them
                case "revision_info" -> count(table + " where id <= " + lastRevisionBefore);
                case "revision_chain", "audit_entry" -> count(table + " where rev <= " + lastRevisionBefore);
                default -> table.endsWith("_aud") ? count(table + " where rev <= " + lastRevisionBefore) : count(table);
            };
            if (now != expected) {
                changed.add(table + ": " + expected + " before, " + now + " after");
            }
        }
        assertThat(changed).as("tables whose rows changed in number").isEmpty();
        assertThat(count("image_consent_record where purpose_code = 'school-social'"))
                .isEqualTo(rowsBefore.get("image_consent_record"));
        assertThat(rowsBefore)
                .as("rows of the key tables before")
                .containsEntry("draft", 4L)
                .containsEntry("pupil", 196L)
                .containsEntry("photo", 1L)
                .containsEntry("media_content", 1L)
                .containsEntry("publication", 1L)
                .containsEntry("revision_info", 15L)
                .containsEntry("revision_chain", 15L);
    }

    @Test
    void the_photo_from_the_school_ipad_keeps_its_bytes_and_device() {
        assertThat(bytesOfPhotos()).isEqualTo(photoBytesBefore).hasSize(1);
        assertThat(owner.queryForMap("select device_make, device_model, device_serial, device_registered from photo"))
                .containsEntry("device_serial", "DMPX1002JGP2")
                .containsEntry("device_registered", true);
    }

    @Test
    void the_consent_withdrawn_before_is_still_withdrawn_for_both_social_media_purposes() {
        assertThat(consentBefore).containsEntry(WITHDRAWN_UPN, false);

        for (var purpose : List.of("class-social", "school-social")) {
            var consents = answersByUpn("""
                    select p.upn, c.consent from pupil p
                    left join pupil_consent c on c.pupil_id = p.id and c.purpose_code = ?""", purpose);
            assertThat(consents).as("each pupil's answer for %s", purpose).isEqualTo(consentBefore);
        }
        assertThat(owner.queryForList("""
                select c.purpose_code || ' ' || c.consent || ' by ' || c.recorded_by || ': ' || c.note
                from pupil_consent c join pupil p on p.id = c.pupil_id where p.upn = ? order by c.purpose_code""", String.class, WITHDRAWN_UPN))
                .containsExactly(
                        "class-social false by office: Roster import, line 86",
                        "school-social false by office: Roster import, line 86");
    }

    @Test
    void the_revision_chain_still_verifies_end_to_end_through_the_portals_integrity_check() {
        var chain = RevisionChain.of(ownerDataSource);
        assertThat(chain.schools()).containsOnlyKeys(school());

        var report = chain.verify(school(), 1, Instant.now(), "upgrade");

        assertThat(report.inWords()).isEqualTo("Intact: all " + (lastRevisionBefore + 1) + " links verify.");
        assertThat(report.headHash())
                .isEqualTo(owner.queryForObject(
                        "select hash from revision_chain where school_id = ? order by position desc limit 1",
                        String.class,
                        school()));
        assertThat(chainLinks(lastRevisionBefore))
                .as("the release's links, unchanged")
                .isEqualTo(linksBefore);
    }

    @Test
    void a_row_of_the_releases_trail_altered_after_the_upgrade_is_reported() {
        var published = owner.queryForObject("select min(rev) from draft_aud where status = 'PUBLISHED'", Long.class);

        var report = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).execute(tx -> {
            tx.setRollbackOnly();
            assertThat(owner.update(
                            "update draft_aud set body = 'A different post' where rev = ? and status = 'PUBLISHED'",
                            published))
                    .as("rows altered")
                    .isEqualTo(1);
            return RevisionChain.of(ownerDataSource).verify(school(), 1, Instant.now(), "upgrade");
        });

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenRevision()).isEqualTo(published);
        assertThat(report.problem())
                .isEqualTo("What revision " + published + " recorded was changed after it was saved.");
    }

    @Test
    void the_portals_role_sees_no_row_without_a_school_in_hand_and_every_row_with_it() throws SQLException {
        var held = owner.queryForList("""
                select c.relname from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
                  and c.relrowsecurity and c.relforcerowsecurity order by c.relname""", String.class);
        assertThat(Set.copyOf(held))
                .as("school-owned tables under row-level security")
                .isEqualTo(tablesWithSchoolColumn().stream()
                        .filter(t -> !NOT_HELD_BY_SCHOOL.contains(t))
                        .collect(Collectors.toSet()));
        assertThat(owner.queryForObject(
                        "select rolsuper or rolbypassrls from pg_roles where rolname = ?",
                        Boolean.class,
                        TestDatabase.PORTAL_ROLE))
                .isFalse();

        try (var connection = DriverManager.getConnection(
                TestDatabase.server().getJdbcUrl(TestDatabase.PORTAL_ROLE, DATABASE), TestDatabase.PORTAL_ROLE, "")) {
            var portal = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            var withoutSchool = held.stream()
                    .collect(Collectors.toMap(
                            Function.identity(),
                            table -> portal.queryForObject("select count(*) from " + table, Long.class)));
            portal.queryForObject("select set_config('safepost.school', ?, false)", String.class, school().toString());
            var withSchool = held.stream()
                    .collect(Collectors.toMap(
                            Function.identity(),
                            table -> portal.queryForObject("select count(*) from " + table, Long.class)));

            assertThat(withoutSchool.values())
                    .as("rows seen with no school in hand")
                    .containsOnly(0L);
            assertThat(withSchool)
                    .as("rows seen with the school in hand")
                    .isEqualTo(held.stream().collect(Collectors.toMap(Function.identity(), UpgradeInPlaceTest::count)));
            assertThat(withSchool.get("draft")).isEqualTo(4L);
        }
    }

    private static UUID school() {
        return (UUID) schoolBefore.get("id");
    }

    private static List<String> tablesWithSchoolColumn() {
        return owner.queryForList("""
                select c.relname from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped
                where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' order by c.relname""", String.class);
    }

    private static long count(String tableAndCondition) {
        return owner.queryForObject("select count(*) from " + tableAndCondition, Long.class);
    }

    /** Each pupil's answer by UPN; null where there is none. */
    private static Map<String, Boolean> answersByUpn(String sql, Object... arguments) {
        var answers = new TreeMap<String, Boolean>();
        owner.query(sql, (RowCallbackHandler) rs -> answers.put(rs.getString(1), (Boolean) rs.getObject(2)), arguments);
        return answers;
    }

    /** The chain's hashes by position, up to a position. */
    private static Map<Long, String> chainLinks(long upTo) {
        var links = new TreeMap<Long, String>();
        owner.query(
                "select position, hash from revision_chain where position <= ?",
                (RowCallbackHandler) rs -> links.put(rs.getLong(1), rs.getString(2)),
                upTo);
        return links;
    }

    private static Map<String, Long> rowCounts() {
        var counts = new TreeMap<String, Long>();
        for (var table : owner.queryForList("""
                select c.relname from pg_class c
                where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'""", String.class)) {
            counts.put(table, count(table));
        }
        return counts;
    }

    /** Each photo's recorded fingerprint and the fingerprint of the bytes stored for it. */
    private static Map<String, String> bytesOfPhotos() {
        return owner.query("""
                select p.id, p.content_sha256, encode(sha256(m.bytes), 'hex'), length(m.bytes)
                from photo p join media_content m on m.sha256 = p.content_sha256""", rs -> {
            var photos = new TreeMap<String, String>();
            while (rs.next()) {
                assertThat(rs.getString(3)).as("the bytes' fingerprint").isEqualTo(rs.getString(2));
                photos.put(rs.getString(1), rs.getString(3) + " " + rs.getLong(4));
            }
            return photos;
        });
    }
}
