package app.safepost.audit.domain;

import app.safepost.audit.AuditEntry;
import app.safepost.audit.AuditQuery;
import app.safepost.audit.ChangeType;
import app.safepost.common.NulFreeText;
import app.safepost.common.SchoolTime;
import app.safepost.security.SchoolInHand;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code audit_entry}, the index of which records each revision changed, for the school in hand,
 * newest first with keyset paging: a page starts after the last entry of the one before, so a page deep
 * in the list costs what the first does. Each filter has an index, led by the school, that also gives the
 * order.
 */
@Repository
public class AuditEntries {

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditedTypes types;

    AuditEntries(NamedParameterJdbcTemplate jdbc, AuditedTypes types) {
        this.jdbc = jdbc;
        this.types = types;
    }

    /**
     * Up to {@code limit} entries matching the query, older than {@code after} when given.
     *
     * @param auditTable the record type's audit table, already resolved from the query's type name
     */
    public List<AuditEntry> page(AuditQuery query, @Nullable String auditTable, @Nullable AuditEntry after, int limit) {
        var sql = new StringBuilder("""
                select rev, audit_table, record_id, revtype, rev_timestamp, username from audit_entry
                where school_id = :school""");
        var params = new MapSqlParameterSource("school", SchoolInHand.required().value());
        if (query.from() != null) {
            sql.append(" and rev_timestamp >= :from");
            params.addValue(
                    "from",
                    query.from().atStartOfDay(SchoolTime.ZONE).toInstant().toEpochMilli());
        }
        if (query.to() != null) {
            sql.append(" and rev_timestamp < :to");
            params.addValue(
                    "to",
                    query.to()
                            .plusDays(1)
                            .atStartOfDay(SchoolTime.ZONE)
                            .toInstant()
                            .toEpochMilli());
        }
        if (query.username() != null && !query.username().isBlank()) {
            sql.append(" and username = :username");
            params.addValue("username", NulFreeText.strip(query.username().strip()));
        }
        if (auditTable != null) {
            sql.append(" and audit_table = :table");
            params.addValue("table", auditTable);
        }
        if (query.leavesOutInternal()) {
            var internal = types.all().stream()
                    .filter(t -> AuditLabels.internal(t.entityClass()))
                    .map(AuditedTypes.AuditedType::auditTable)
                    .toList();
            if (!internal.isEmpty()) {
                sql.append(" and audit_table not in (:internal)");
                params.addValue("internal", internal);
            }
        }
        if (query.recordId() != null && !query.recordId().isBlank()) {
            sql.append(" and record_id = :record");
            params.addValue("record", NulFreeText.strip(query.recordId().strip()));
        }
        if (query.change() != null) {
            sql.append(" and revtype = :revtype");
            params.addValue("revtype", (short) query.change().ordinal());
        }
        if (after != null) {
            sql.append(
                    " and (rev_timestamp, rev, audit_table, record_id) < (:afterTime, :afterRev, :afterTable, :afterRecord)");
            params.addValue("afterTime", after.at().toEpochMilli());
            params.addValue("afterRev", after.revision());
            params.addValue("afterTable", after.auditTable());
            params.addValue("afterRecord", after.recordId());
        }
        sql.append(" order by rev_timestamp desc, rev desc, audit_table desc, record_id desc limit :limit");
        params.addValue("limit", limit);
        return jdbc.query(sql.toString(), params, (rs, row) -> {
            var table = rs.getString("audit_table");
            return new AuditEntry(
                    rs.getLong("rev"),
                    Instant.ofEpochMilli(rs.getLong("rev_timestamp")),
                    rs.getString("username"),
                    types.typeOfTable(table),
                    rs.getString("record_id"),
                    ChangeType.values()[rs.getShort("revtype")],
                    table);
        });
    }
}
