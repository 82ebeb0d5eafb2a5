package app.safepost.database;

import app.safepost.security.SchoolInHand;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many changes the database has counted to what the policy checks read besides the post: the
 * roster, the classes and their staff, the accounts and the Computing Lead's guidance; and to the
 * school's name, which the name mask leaves alone; each school's counted apart. Triggers count
 * each transaction that changes any of them, whichever portal instance made it, so an instance that
 * keeps these in memory knows with one small read whether what it holds is still current
 * (docs/decisions/0019-counted-changes.md). Read it before reading what it counts: a change that
 * commits in between then only makes the next reader read again.
 */
@Component
public class ChangeCounts {

    private static final String ROSTER_AND_POSTING_RULES = "roster-and-posting-rules";

    private final JdbcTemplate jdbc;

    ChangeCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The changes to the school in hand's roster, classes, class staff, accounts, guidance and name
     * counted so far; none before its first.
     */
    public long rosterAndPostingRules() {
        var school = SchoolInHand.required();
        var changes = jdbc.query(
                "select changes from change_count where school_id = ? and subject = ?",
                (rs, row) -> rs.getLong(1),
                school.value(),
                ROSTER_AND_POSTING_RULES);
        return changes.isEmpty() ? 0 : changes.getFirst();
    }
}
