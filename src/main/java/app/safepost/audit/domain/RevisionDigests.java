package app.safepost.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the content digests of many revisions of one school at once, exactly as the database's
 * {@code audit_verified_digest} does one at a time: the sorted digests of the school's rows each
 * revision wrote to the {@code *_aud} tables (a row retention rewrote counting with the digest it had
 * when sealed) and of its redaction records. One statement per batch of revisions rather than one
 * query per audit table per revision is what lets the integrity check read a million revisions in a
 * minute. The rows are read by revision range; rows of revisions outside the batch (another school's,
 * in the tables that have no school) are grouped apart and never looked at.
 */
final class RevisionDigests {

    /** The digest of a revision that wrote nothing: that of the empty string, as in the database. */
    private static final String NOTHING = sha256("");

    private final JdbcTemplate jdbc;
    private final UUID school;
    private final String statement;

    RevisionDigests(JdbcTemplate jdbc, UUID school) {
        this.jdbc = jdbc;
        this.school = school;
        this.statement = statement(jdbc);
    }

    /** Each revision's recomputed digest. */
    Map<Long, String> of(List<Long> revisions) {
        var digests = new HashMap<Long, String>();
        if (revisions.isEmpty()) {
            return digests;
        }
        long from = revisions.stream().mapToLong(Long::longValue).min().orElseThrow();
        long to = revisions.stream().mapToLong(Long::longValue).max().orElseThrow();
        var found = new HashMap<Long, String>();
        jdbc.query(
                statement,
                rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                },
                from,
                to,
                school);
        for (var revision : revisions) {
            digests.put(revision, found.getOrDefault(revision, NOTHING));
        }
        return digests;
    }

    /**
     * One branch per audit table, each with the database's own condition for a school's rows
     * ({@code audit_school_condition}, written for one revision as {@code $1} and the school as {@code $2}).
     */
    private static String statement(JdbcTemplate jdbc) {
        var tables = jdbc.query(
                "select t, audit_school_condition(t) from audit_tables() t order by t",
                (rs, row) -> Map.entry(rs.getString(1), rs.getString(2)));
        var branches = tables.stream()
                .map(table -> """
                        select d.rev, coalesce(x.original_digest, d.digest) as digest
                        from (select a.rev, audit_row_digest('%1$s', to_jsonb(a)) as digest
                              from %1$s a, p where a.rev between p.from_rev and p.to_rev and %2$s) d
                        left join audit_redaction x on x.audit_table = '%1$s' and x.rev = d.rev
                          and x.school_id = (select school from p) and x.redacted_digest = d.digest""".formatted(
                        table.getKey(), table.getValue().replace("$1", "a.rev").replace("$2", "p.school")))
                .collect(Collectors.joining("\nunion all\n"));
        return """
                with p as (select ?::bigint as from_rev, ?::bigint as to_rev, ?::uuid as school)
                select rev, encode(sha256(convert_to(string_agg(digest, ',' order by digest), 'UTF8')), 'hex')
                from (%s
                      union all
                      select r.redaction_rev, audit_row_digest('audit_redaction', to_jsonb(r))
                      from audit_redaction r, p
                      where r.redaction_rev between p.from_rev and p.to_rev and r.school_id = p.school) rows
                group by rev""".formatted(branches);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
