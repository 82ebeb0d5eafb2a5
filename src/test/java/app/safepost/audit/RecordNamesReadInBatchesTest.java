package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The explorer names a page of entries reading in batches (one query per record type, then one per type
 * of record pointed to), and the names are those it gives each entry read alone: in full for SLT, with
 * pupils' names masked for governors. Statements are counted by Hibernate's statistics, switched on for
 * the test only.
 */
@SafepostTest
class RecordNamesReadInBatchesTest {

    @Autowired
    AuditExplorer explorer;

    @Autowired
    RecordNaming naming;

    @Autowired
    RevisionMasking masking;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
        statistics.clear();
        SignedIn.nobody();
    }

    @Test
    void a_page_of_mixed_entries_is_named_as_each_entry_is_named_alone_for_slt_and_for_governors() {
        for (var user : List.of(DemoUsers.HEAD, DemoUsers.GOVERNOR)) {
            SignedIn.as(demoUsers, user);
            var pages = new ArrayList<List<AuditEntry>>();
            pages.add(explorer.entries(AuditQuery.everything(), null, 200).entries());
            pages.add(explorer.entries(new AuditQuery(null, null, null, null, null, null, true), null, 200)
                    .entries());
            for (var type : explorer.recordTypes()) {
                pages.add(explorer.entries(new AuditQuery(null, null, null, type.name(), null, null), null, 20)
                        .entries());
            }
            var kinds = pages.stream()
                    .flatMap(List::stream)
                    .map(AuditEntry::auditTable)
                    .distinct()
                    .count();
            assertThat(kinds).as("record types with entries").isGreaterThanOrEqualTo(10);
            for (var page : pages) {
                assertThat(explorer.recordNames(page)).as(user).containsExactlyEntriesOf(oneByOne(page));
            }
        }
    }

    @Test
    void a_page_of_pupils_reads_the_pupils_in_one_statement_and_their_classes_in_another() {
        SignedIn.as(demoUsers, DemoUsers.HEAD);
        var page = explorer.entries(new AuditQuery(null, null, null, "pupil", null, null), null, 50)
                .entries();
        assertThat(page).hasSize(50);

        // The pupils in one statement and their classes in another; a record the batch finds empty (a pupil
        // another test deleted) is read on its own, so the shared database may add one or two.
        assertThat(statementsFor(() -> explorer.recordNames(page))).isBetween(2L, 4L);
        assertThat(statementsFor(() -> oneByOne(page)))
                .as("one by one, a statement per entry")
                .isGreaterThanOrEqualTo(50);
    }

    @Test
    void naming_a_mixed_page_costs_a_statement_per_kind_of_record_read_not_one_per_entry() {
        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);
        var page = explorer.entries(AuditQuery.everything(), null, 50).entries();
        var kinds = page.stream().map(AuditEntry::auditTable).distinct().count();

        long batched = statementsFor(() -> explorer.recordNames(page));
        long alone = statementsFor(() -> oneByOne(page));

        // The entries' own types, and at most two steps of records pointed to, each a statement per type.
        assertThat(batched).isBetween(kinds, kinds + 2L * RecordNaming.POINTERS.size());
        assertThat(alone).isGreaterThanOrEqualTo(page.size());
        assertThat(batched).isLessThan(alone / 3);
    }

    /** Each entry named by a reader of its own, as a page was named before batching. */
    private Map<AuditEntry, String> oneByOne(List<AuditEntry> page) {
        return new TransactionTemplate(transactions).execute(status -> {
            var names = new LinkedHashMap<AuditEntry, String>();
            for (var entry : page) {
                names.put(entry, naming.forReader(masking.textMask()).nameOf(entry));
            }
            return names;
        });
    }

    private long statementsFor(Supplier<?> naming) {
        statistics.clear();
        naming.get();
        return statistics.getPrepareStatementCount();
    }
}
