package app.safepost.audit.domain;

import app.safepost.audit.IntegrityReport;
import app.safepost.security.SchoolInHand;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Recomputes a school's revision chain (the school in hand's, or each school's of a restored copy),
 * which the database seals at each commit (V0009, per school since V0041): each revision's content
 * digest from the school's audit rows, and each link's hash from the previous hash, the revision's
 * author and time and that digest. The first link that differs is where the trail was altered. Each school's chain is checked apart, so what was altered in
 * one school is reported for that school only.
 */
@Repository
public class RevisionChain {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;

    RevisionChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The chain of another database: a restored copy of this one, for the restore drill. */
    public static RevisionChain of(DataSource database) {
        return new RevisionChain(new JdbcTemplate(database));
    }

    private record Link(
            long position,
            long rev,
            String storedDigest,
            String previousHash,
            String hash,
            @Nullable Long timestamp,
            @Nullable String username,
            @Nullable String roles) {}

    /** The current head position of the school in hand's chain, 0 for an empty chain. */
    public long headPosition() {
        var head = jdbc.queryForObject(
                "select max(position) from revision_chain where school_id = ?", Long.class, school());
        return head == null ? 0 : head;
    }

    private static UUID school() {
        return SchoolInHand.required().value();
    }

    /** A link as an anchor signs it: its position, revision, hash and the revision's time. */
    public record Head(long position, long revision, String hash, Instant revisionTime) {}

    /** A school's last link, if its chain has any. */
    public Optional<Head> head(UUID school) {
        return link(school, "(select max(position) from revision_chain where school_id = ?)", school);
    }

    /** A school's link at this position, if it is there. */
    public Optional<Head> linkAt(UUID school, long position) {
        return link(school, "?", position);
    }

    private Optional<Head> link(UUID school, String position, Object argument) {
        return jdbc.query(
                """
                select c.position, c.rev, c.hash, r.rev_timestamp
                from revision_chain c left join revision_info r on r.id = c.rev and r.school_id = c.school_id
                where c.school_id = ? and c.position = """ + position,
                rs -> rs.next()
                        ? Optional.of(new Head(
                                rs.getLong(1), rs.getLong(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))))
                        : Optional.<Head>empty(),
                school,
                argument);
    }

    /** Verifies the school in hand's links from {@code fromPosition} (1 for the whole chain) to the head. */
    public IntegrityReport verify(long fromPosition, Instant now, String by) {
        return verify(school(), fromPosition, now, by);
    }

    /**
     * The schools whose chains this database holds, by name: for a copy read as its owner, whom
     * row-level security does not hold, so each chain is named rather than found by the school in hand.
     */
    public Map<UUID, String> schools() {
        return jdbc.query("select id, name from school order by name, id", rs -> {
            var schools = new LinkedHashMap<UUID, String>();
            while (rs.next()) {
                schools.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
            return schools;
        });
    }

    /** Verifies one school's links from {@code fromPosition} (1 for the whole chain) to the head. */
    public IntegrityReport verify(UUID school, long fromPosition, Instant now, String by) {
        String expectedPrevious = fromPosition <= 1
                ? GENESIS
                : jdbc.query(
                        "select hash from revision_chain where school_id = ? and position = ?",
                        rs -> rs.next() ? rs.getString(1) : null,
                        school,
                        fromPosition - 1);
        if (expectedPrevious == null) {
            return new IntegrityReport(
                    now,
                    by,
                    0,
                    fromPosition - 1,
                    null,
                    "The link before the first one checked is missing.",
                    null,
                    fromPosition);
        }
        return verify(school, Math.max(fromPosition, 1), expectedPrevious, now, by);
    }

    /**
     * Verifies one school's links after a link verified earlier (the latest anchor's) to the head. The
     * first link checked must follow the verified hash itself, not whatever the database now holds at
     * that position, so a rewritten link there is found too.
     */
    public IntegrityReport verifyAfter(UUID school, Head verified, Instant now, String by) {
        return verify(school, verified.position() + 1, verified.hash(), now, by);
    }

    private IntegrityReport verify(UUID school, long fromPosition, String expectedPrevious, Instant now, String by) {
        var digests = new RevisionDigests(jdbc, school);
        long checked = 0;
        long expectedPosition = fromPosition;
        String previous = expectedPrevious;
        // Nothing after a verified link leaves that link the head.
        String head = fromPosition > 1 ? expectedPrevious : null;
        while (true) {
            var links = jdbc.query(
                    """
                    select c.position, c.rev, c.content_digest, c.previous_hash, c.hash, r.rev_timestamp, r.username,
                           r.roles
                    from revision_chain c left join revision_info r on r.id = c.rev and r.school_id = c.school_id
                    where c.school_id = ? and c.position >= ? order by c.position limit ?""",
                    (rs, row) -> new Link(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            (Long) rs.getObject(6),
                            rs.getString(7),
                            rs.getString(8)),
                    school,
                    expectedPosition,
                    BATCH);
            var recomputed = digests.of(links.stream().map(Link::rev).toList());
            for (var link : links) {
                var problem = problemWith(link, recomputed.get(link.rev()), expectedPosition, previous);
                if (problem != null) {
                    return new IntegrityReport(
                            now, by, checked + 1, link.position(), link.rev(), problem, null, fromPosition);
                }
                checked++;
                expectedPosition++;
                previous = link.hash();
                head = link.hash();
            }
            if (links.size() < BATCH) {
                break;
            }
        }
        var unsealed = jdbc.queryForObject("""
                select min(r.id) from revision_info r
                where r.school_id = ? and not exists (select 1 from revision_chain c where c.rev = r.id)
                  and r.id < (select coalesce(max(rev), 0) from revision_chain where school_id = ?)""", Long.class, school, school);
        if (unsealed != null) {
            return new IntegrityReport(
                    now,
                    by,
                    checked,
                    null,
                    unsealed,
                    "Revision " + unsealed + " is not in the chain: it was added outside the portal.",
                    head,
                    fromPosition);
        }
        return new IntegrityReport(now, by, checked, null, null, null, head, fromPosition);
    }

    private static @Nullable String problemWith(
            Link link, String recomputedDigest, long expectedPosition, String expectedPrevious) {
        if (link.position() != expectedPosition) {
            return "Link " + expectedPosition + " is missing: it was deleted.";
        }
        if (link.username() == null) {
            return "Revision " + link.rev() + " was deleted from the trail.";
        }
        if (!link.previousHash().equals(expectedPrevious)) {
            return "Link " + link.position() + " does not follow the link before it.";
        }
        if (!link.storedDigest().equals(recomputedDigest)) {
            return "What revision " + link.rev() + " recorded was changed after it was saved.";
        }
        var hash = linkHash(
                link.previousHash(), link.rev(), link.timestamp(), link.username(), link.roles(), link.storedDigest());
        if (!hash.equals(link.hash())) {
            return "Who made revision " + link.rev() + ", or when, was changed after it was saved.";
        }
        return null;
    }

    /** The same hash as the database's {@code audit_link_hash}. */
    static String linkHash(
            String previousHash, long rev, long timestamp, String username, String roles, String contentDigest) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var text = previousHash + "|" + rev + "|" + timestamp + "|" + username + "|" + roles + "|" + contentDigest;
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a run's result for the school in hand's screen. */
    public void record(IntegrityReport report) {
        jdbc.update(
                """
                insert into integrity_check_run (school_id, checked_at, checked_by, links_checked, first_broken_position,
                    first_broken_rev, problem, head_hash, from_position) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                school(),
                Timestamp.from(report.checkedAt()),
                report.checkedBy(),
                report.linksChecked(),
                report.firstBrokenPosition(),
                report.firstBrokenRevision(),
                report.problem(),
                report.headHash(),
                report.firstPosition());
    }

    /** When the school in hand's whole chain was last found intact, if it ever was (kept runs only). */
    public Optional<Instant> lastWholeCheckIntact() {
        return jdbc.query("""
                        select checked_at from integrity_check_run
                        where school_id = ? and from_position = 1 and first_broken_position is null and problem is null
                        order by checked_at desc limit 1""", (rs, row) -> rs.getTimestamp(1).toInstant(), school()).stream()
                .findFirst();
    }

    /** The school in hand's latest runs, newest first. */
    public List<IntegrityReport> recentRuns(int limit) {
        return jdbc.query(
                """
                select checked_at, checked_by, links_checked, first_broken_position, first_broken_rev, problem, head_hash,
                       from_position
                from integrity_check_run where school_id = ? order by id desc limit ?""",
                (rs, row) -> new IntegrityReport(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getLong(3),
                        (Long) rs.getObject(4),
                        (Long) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8)),
                school(),
                limit);
    }
}
