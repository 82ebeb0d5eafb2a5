package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A commit seals its revision from the audit tables the transaction wrote, as each audit table notes
 * (V0048): the digest must be the one every audit table gives, and every audit table must note its
 * writes, or the nightly check would report a broken link where nothing was touched.
 */
@SafepostTest
class SealReadsTheTablesWrittenTest {

    /** SHA-256 of nothing: the digest of a revision whose rows the seal did not find. */
    private static final String NO_ROWS = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SchoolProfileService profiles;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void every_audit_table_notes_its_writes() {
        var auditTables = jdbc.queryForList("select audit_tables()", String.class);
        var noting = jdbc.queryForList(
                "select c.relname::text from pg_trigger g join pg_class c on c.oid = g.tgrelid"
                        + " where g.tgname = c.relname || '_written' and not g.tgisinternal",
                String.class);

        assertThat(auditTables).contains("pupil_aud", "school_aud", "draft_aud");
        assertThat(noting).containsExactlyInAnyOrderElementsOf(auditTables);
    }

    @Test
    void a_commit_is_sealed_with_the_digest_every_audit_table_gives() {
        SignedIn.as(demoUsers, "deputy");
        var before = profiles.profile();
        profiles.update(new SchoolProfile(
                before.name(),
                "office+" + System.nanoTime() + "@jessegray.example",
                before.contactPhone(),
                before.address(),
                before.wholeSchoolHandle(),
                before.version()));

        var sealed = new AtomicReference<String>();
        var fromEveryTable = new AtomicReference<String>();
        InSchool.jesseGray(jdbc, () -> {
            var rev = jdbc.queryForObject("select max(rev) from school_aud", Long.class);
            sealed.set(
                    jdbc.queryForObject("select content_digest from revision_chain where rev = ?", String.class, rev));
            fromEveryTable.set(jdbc.queryForObject(
                    "select audit_revision_digest(?, school_id) from revision_info where id = ?",
                    String.class,
                    rev,
                    rev));
        });

        assertThat(sealed.get()).isNotEqualTo(NO_ROWS).isEqualTo(fromEveryTable.get());
    }
}
