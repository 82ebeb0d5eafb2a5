package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.domain.Pupil;
import app.safepost.security.SchoolId;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestDatabase;
import app.safepost.testing.TestSchools;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Row-level security, the second wall between schools, with the first one taken away: queries here
 * are plain SQL through the portal's own pool (its role, its {@code safepost.school} per connection),
 * with no school in their {@code where}, as a repository query that forgot its filter would be. They
 * see the school in hand's rows only, and writing another school's row is refused. The tables are
 * every table with a {@code school_id}, read from the catalogue, so a new one is covered when it comes.
 */
@SafepostTest
class RowLevelSecurityTest {

    /** The trust's own records and the portal's bookkeeping, read before a school is in hand (V0041). */
    private static final Set<String> NOT_HELD =
            Set.of("staff_membership", "staff_membership_aud", "school_logo", "school_chosen", "daily_job_run");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_portal_connects_as_a_role_that_row_level_security_holds() {
        var role = jdbc.queryForMap(
                "select current_user as name, rolsuper, rolbypassrls from pg_roles" + " where rolname = current_user");

        assertThat(role).isEqualTo(Map.of("name", TestDatabase.PORTAL_ROLE, "rolsuper", false, "rolbypassrls", false));
    }

    @Test
    void every_table_of_a_schools_records_forces_a_policy_keyed_on_the_school_in_hand() {
        var unheld = TestDatabase.superuserJdbc().queryForList("""
                select c.relname from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped
                where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
                  and not (c.relrowsecurity and c.relforcerowsecurity and exists (select 1 from pg_policy p
                      where p.polrelid = c.oid and p.polcmd = '*'
                        and pg_get_expr(p.polqual, p.polrelid) = '(school_id = school_in_hand())'
                        and pg_get_expr(p.polwithcheck, p.polrelid) = '(school_id = school_in_hand())'))
                """, String.class);

        assertThat(heldTables()).hasSizeGreaterThan(80);
        assertThat(unheld).containsExactlyInAnyOrderElementsOf(NOT_HELD);
    }

    @Test
    void a_query_without_its_school_sees_the_school_in_hands_rows_and_no_others() {
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        var wrong = new ArrayList<String>();
        int withOthersRows = 0;
        for (var table : heldTables()) {
            for (var school : List.of(jesseGray, fenwickRoad)) {
                var own = rowsOf(table, school);
                var others = TestDatabase.superuserJdbc()
                        .queryForObject(
                                "select count(*) from " + table + " where school_id <> ?", Long.class, school.value());
                withOthersRows += others > 0 ? 1 : 0;
                SignedIn.systemIn(school);
                var seen = jdbc.queryForObject("select count(*) from " + table, Long.class);
                var notOwn = jdbc.queryForObject(
                        "select count(*) from " + table + " where school_id <> ?", Long.class, school.value());
                SignedIn.nobody();
                if (seen != own || notOwn != 0) {
                    wrong.add(
                            table + " in " + school + ": saw " + seen + " rows (" + notOwn + " of others), has " + own);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(withOthersRows)
                .as("tables where the other school has rows to hide")
                .isGreaterThan(45);
    }

    @Test
    void with_no_school_in_hand_no_schools_row_is_seen() {
        var seen = new ArrayList<String>();
        for (var table : heldTables()) {
            if (jdbc.queryForObject("select count(*) from " + table, Long.class) > 0) {
                seen.add(table);
            }
        }
        assertThat(seen).isEmpty();
    }

    @Test
    void a_native_query_and_a_load_by_id_do_not_reach_another_schools_pupil() {
        var jesseGraysPupil = UUID.fromString(TestDatabase.superuserJdbc()
                .queryForObject(
                        "select id::text from pupil where school_id = ? order by upn limit 1",
                        String.class,
                        TestSchools.jesseGray(jdbc).value()));
        SignedIn.systemIn(TestSchools.fenwickRoad(jdbc));

        List<?> upns = transaction.execute(status ->
                entityManager.createNativeQuery("select upn from pupil").getResultList());
        var loaded = transaction.execute(status -> entityManager.find(Pupil.class, jesseGraysPupil));

        assertThat(upns).isNotEmpty().allSatisfy(upn -> assertThat((String) upn).startsWith("M8203002"));
        assertThat(loaded).isNull();
    }

    @Test
    void writing_a_row_for_another_school_is_refused_in_every_table() {
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        var allowed = new ArrayList<String>();
        int tried = 0;
        for (var table : heldTables()) {
            for (var schools : List.of(List.of(fenwickRoad, jesseGray), List.of(jesseGray, fenwickRoad))) {
                var inHand = schools.get(0);
                var other = schools.get(1);
                if (rowsOf(table, inHand) == 0) {
                    continue;
                }
                tried++;
                SignedIn.systemIn(inHand);
                // A copy of one of the school's own rows as the other school's, and its rows moved there.
                var copied = refused("insert into " + table + " select (jsonb_populate_record(null::" + table
                        + ", to_jsonb(r) || jsonb_build_object('school_id', '" + other + "'))).* from " + table
                        + " r limit 1");
                var moved = refused("update " + table + " set school_id = '" + other + "'");
                SignedIn.nobody();
                if (!copied.contains("row-level security")) {
                    allowed.add(table + " insert in " + inHand + ": " + copied);
                }
                if (!moved.contains("row-level security")) {
                    allowed.add(table + " update in " + inHand + ": " + moved);
                }
            }
        }
        assertThat(allowed).isEmpty();
        assertThat(tried).as("tables and schools tried").isGreaterThan(45);
    }

    /** The database's refusal of a statement, run in a transaction that is rolled back whatever happens. */
    private String refused(String sql) {
        try {
            transaction.executeWithoutResult(status -> {
                status.setRollbackOnly();
                jdbc.update(sql);
            });
            return "not refused";
        } catch (DataAccessException e) {
            return String.valueOf(e.getMostSpecificCause().getMessage());
        }
    }

    private static long rowsOf(String table, SchoolId school) {
        return TestDatabase.superuserJdbc()
                .queryForObject("select count(*) from " + table + " where school_id = ?", Long.class, school.value());
    }

    private static List<String> heldTables() {
        return TestDatabase.superuserJdbc().queryForList("""
                select c.relname from pg_class c
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped
                where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and c.relforcerowsecurity
                order by c.relname
                """, String.class);
    }
}
