package app.safepost.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many changes the database has counted to what the policy checks read besides the post: the
 * roster, the classes and their staff, the accounts and the Computing Lead's guidance; and to the
 * school's name, which the name mask leaves alone. Triggers count
 * each transaction that changes any of them, whichever portal instance made it, so an instance that
 * keeps these in memory knows with one small read whether what it holds is still current
 * (docs/decisions/0019-counted-changes.md). Read it before reading what it counts: a change that
 * commits in between then only makes the next reader read again.
 */
@Component
public class CountedChanges {

    private static final String ROSTER_AND_POSTING_RULES = "roster-and-posting-rules";

    private final JdbcTemplate jdbc;

    CountedChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The changes to the roster, classes, class staff, accounts, guidance and school's name counted so far. */
    public long rosterAndPostingRules() {
        Long changes = jdbc.queryForObject("select changes from change_count where subject = ?", Long.class,
                ROSTER_AND_POSTING_RULES);
        return changes == null ? 0 : changes;
    }
}
