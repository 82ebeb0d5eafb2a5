package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestSchools;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database counts each transaction that changes what the policy checks and the name mask read
 * (roster, classes and their staff, accounts, guidance, the school's name), once however many rows or statements it changes; other changes,
 * such as a sign-in updating a staff member, are not counted; each school's changes are counted for it
 * (Jesse Gray's here). Each change here is rolled back.
 */
@SafepostTest
class ChangeCountsTest {

    @Autowired
    ChangeCounts changes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void inJesseGray() {
        SignedIn.systemIn(TestSchools.jesseGray(jdbc));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    /** The count seen inside a transaction after the change, minus the count before; the change is rolled back. */
    private long countedBy(Consumer<JdbcTemplate> change) {
        long before = changes.rosterAndPostingRules();
        Long after = transaction.execute(status -> {
            change.accept(jdbc);
            status.setRollbackOnly();
            return changes.rosterAndPostingRules();
        });
        assertThat(changes.rosterAndPostingRules()).as("rolled back").isEqualTo(before);
        return after - before;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "update pupil set first_name = first_name || '' where upn = 'J820300120086'",
                "update school_class set nickname = nickname where name = 'Class 3'",
                "delete from school_class_assistant where class_id = (select id from school_class where name = 'Class 3')",
                "update social_account set active = active where handle = '@JGP_Kestrels'",
                "update posting_guidance set note = note || '.' where account_id is null",
                "update staff_member set username = username || '-renamed' where username = 'ta'",
                "update school set name = name || ' '",
            })
    void a_change_to_what_the_checks_read_is_counted(String change) {
        assertThat(countedBy(jdbc -> jdbc.update(change))).isOne();
    }

    @Test
    void a_transaction_counts_once_however_many_statements_and_rows_it_changes() {
        assertThat(countedBy(jdbc -> {
                    jdbc.update("update pupil set first_name = first_name || ''");
                    jdbc.update("update pupil set surname = surname || ''");
                    jdbc.update("update posting_guidance set note = note || '.'");
                }))
                .isOne();
    }

    @Test
    void a_sign_in_and_changes_elsewhere_are_not_counted() {
        assertThat(countedBy(jdbc -> {
                    jdbc.update("update staff_member set display_name = display_name || '' where username = 'teacher'");
                    jdbc.update("update school set contact_phone = contact_phone, name = name");
                    jdbc.update(
                            "insert into daily_job_run (job, run_on, instance, started_at, finished_at)"
                                    + " values (?, current_date, 'test', now(), now())",
                            "test-" + UUID.randomUUID());
                }))
                .isZero();
    }

    @Test
    void a_committed_change_is_counted_for_every_instance() {
        long before = changes.rosterAndPostingRules();
        transaction.executeWithoutResult(
                status -> jdbc.update("update posting_guidance set note = note where account_id is null"));

        assertThat(changes.rosterAndPostingRules()).isEqualTo(before + 1);
    }
}
