package app.safepost.audit;

import app.safepost.audit.domain.AuditedFields;
import app.safepost.audit.domain.AuditedTypes;
import app.safepost.audit.domain.PortalRevision;
import app.safepost.security.SchoolInHand;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of any audited record. Modules call it with their own entity class
 * from their service, where they also decide who may see that record's history.
 */
@Service
public class AuditTrail {

    @PersistenceContext
    private EntityManager entityManager;

    private final AuditedTypes auditedTypes;
    private final JdbcTemplate jdbc;
    private final RevisionMasking masking;

    AuditTrail(AuditedTypes auditedTypes, JdbcTemplate jdbc, RevisionMasking masking) {
        this.auditedTypes = auditedTypes;
        this.jdbc = jdbc;
        this.masking = masking;
    }

    /**
     * Every revision of one record, oldest first, as field-by-field changes, as the signed-in person
     * may read them: personal fields hidden and pupils' names masked where they may not.
     */
    @Transactional(readOnly = true)
    public List<RecordRevision> historyOf(Class<?> entityClass, Object id) {
        return masking.forCurrentReader(
                entityClass, HistoryMapping.toHistory(snapshots(entityClass, id, null, Integer.MAX_VALUE)));
    }

    /** Where the audit explorer shows this record's history, for a "history" link on its screen. */
    public String historyLink(Class<?> entityClass, Object id) {
        var type = auditedTypes
                .byClass(entityClass)
                .orElseThrow(() -> new IllegalArgumentException(entityClass.getSimpleName() + " is not audited"));
        return AuditExplorer.historyLink(type.type().name(), id);
    }

    /**
     * The record's snapshots up to and including revision {@code upTo} (all when {@code null}), at most
     * {@code max} of the latest, oldest first.
     */
    public List<RevisionSnapshot> snapshots(Class<?> entityClass, Object id, @Nullable Long upTo, int max) {
        var query = revisionsOf(entityClass, id);
        if (upTo != null) {
            query.add(AuditEntity.revisionNumber().le(upTo));
        }
        boolean latestOnly = max < Integer.MAX_VALUE;
        if (latestOnly) {
            query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(max);
        } else {
            query.addOrder(AuditEntity.revisionNumber().asc());
        }
        var snapshots = snapshotsOf(entityClass, id, query);
        if (latestOnly) {
            Collections.reverse(snapshots);
        }
        return snapshots;
    }

    /**
     * Many records of one type at once, each as it stood at one revision it changed in: one query for
     * them all, where {@link #snapshots} takes one each. A record missing from the answer had no row at
     * that revision the school in hand may read.
     */
    Map<RecordAt, RevisionSnapshot> snapshotsAt(Class<?> entityClass, Collection<RecordAt> wanted) {
        var readable = wanted.stream()
                .filter(w -> !anotherSchoolsRegisterEntry(entityClass, w.id()))
                .collect(Collectors.toSet());
        if (readable.isEmpty()) {
            return Map.of();
        }
        // Every id at every revision asked for, then only the pairs asked for: two short lists for the
        // primary key (id, rev) rather than a disjunction per record.
        var query = revisionsOf(entityClass)
                .add(AuditEntity.id().in(readable.stream().map(RecordAt::id).collect(Collectors.toSet())))
                .add(AuditEntity.revisionNumber()
                        .in(readable.stream().map(RecordAt::revision).collect(Collectors.toSet())));
        var found = new HashMap<RecordAt, RevisionSnapshot>();
        for (var row : rowsOf(entityClass, query)) {
            var at = new RecordAt(row.id(), row.snapshot().revision());
            if (readable.contains(at)) {
                found.put(at, row.snapshot());
            }
        }
        return found;
    }

    /**
     * Many records of one type at once, each as it last stood (deleted ones as they stood when deleted),
     * by id: one query for them all, where {@link #snapshots} takes one each.
     */
    Map<Object, RevisionSnapshot> latestSnapshots(Class<?> entityClass, Collection<?> ids) {
        var readable = ids.stream()
                .filter(id -> !anotherSchoolsRegisterEntry(entityClass, id))
                .collect(Collectors.toSet());
        if (readable.isEmpty()) {
            return Map.of();
        }
        var latest = AuditEntity.revisionNumber().maximize().computeAggregationInInstanceContext();
        schoolCriterion(entityClass).ifPresent(latest::add);
        var query = revisionsOf(entityClass).add(AuditEntity.id().in(readable)).add(latest);
        var found = new HashMap<Object, RevisionSnapshot>();
        rowsOf(entityClass, query).forEach(row -> found.put(row.id(), row.snapshot()));
        return found;
    }

    /** A record of some type at one revision, for {@link #snapshotsAt}. */
    record RecordAt(Object id, long revision) {}

    /**
     * One page of {@link #historyOf}, oldest first: only the page's revisions are read, and the one
     * before them, which the first one's changes are counted from; the total is a count.
     */
    @Transactional(readOnly = true)
    public Page<RecordRevision> historyOf(Class<?> entityClass, Object id, Pageable page) {
        int before = page.getOffset() > 0 ? 1 : 0;
        var query = revisionsOf(entityClass, id)
                .addOrder(AuditEntity.revisionNumber().asc())
                .setFirstResult(Math.toIntExact(page.getOffset() - before))
                .setMaxResults(page.getPageSize() + before);
        var history = HistoryMapping.toHistory(snapshotsOf(entityClass, id, query));
        var onPage = history.subList(Math.min(before, history.size()), history.size());
        return PageableExecutionUtils.getPage(
                masking.forCurrentReader(entityClass, onPage), page, () -> revisionCount(entityClass, id));
    }

    /** How many revisions {@link #historyOf} reads for the record. */
    @Transactional(readOnly = true)
    public long revisionCount(Class<?> entityClass, Object id) {
        if (anotherSchoolsRegisterEntry(entityClass, id)) {
            return 0;
        }
        var count = revisionsOf(entityClass, id)
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * The record's revisions in the school in hand. The trust's own tables (memberships) are not walled
     * by row-level security: a revision of this school may hold a person's membership of another school,
     * which is that school's business, so the query leaves those rows out.
     */
    private AuditQuery revisionsOf(Class<?> entityClass, Object id) {
        return revisionsOf(entityClass).add(AuditEntity.id().eq(id));
    }

    private AuditQuery revisionsOf(Class<?> entityClass) {
        var query = AuditReaderFactory.get(entityManager).createQuery().forRevisionsOfEntity(entityClass, false, true);
        schoolCriterion(entityClass).ifPresent(query::add);
        return query;
    }

    private Optional<AuditCriterion> schoolCriterion(Class<?> entityClass) {
        var entityType = entityManager.getMetamodel().entity(entityClass);
        if (AuditedFields.attributes(entityType).stream().noneMatch(a -> SCHOOL_ATTRIBUTE.equals(a.getName()))) {
            return Optional.empty();
        }
        var inHand = SchoolInHand.current().map(school -> school.value()).orElse(null);
        return Optional.of(
                inHand == null
                        ? AuditEntity.property(SCHOOL_ATTRIBUTE).isNull()
                        : AuditEntity.property(SCHOOL_ATTRIBUTE).eq(inHand));
    }

    private List<RevisionSnapshot> snapshotsOf(Class<?> entityClass, Object id, AuditQuery query) {
        var snapshots = new ArrayList<RevisionSnapshot>();
        if (anotherSchoolsRegisterEntry(entityClass, id)) {
            return snapshots;
        }
        rowsOf(entityClass, query).forEach(row -> snapshots.add(row.snapshot()));
        return snapshots;
    }

    /** The query's rows in its order, each as the record's id and its snapshot. */
    private List<Row> rowsOf(Class<?> entityClass, AuditQuery query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        var entityType = entityManager.getMetamodel().entity(entityClass);
        var ids = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        var snapshots = new ArrayList<Row>();
        for (var row : rows) {
            var revision = (PortalRevision) row[1];
            var snapshot = new RevisionSnapshot(
                    revision.getId(),
                    revision.getAt(),
                    revision.getUsername(),
                    revision.getRoles(),
                    changeType((RevisionType) row[2]),
                    fieldsOf(entityType, row[0]));
            snapshots.add(new Row(row[0] == null ? null : ids.getIdentifier(row[0]), snapshot));
        }
        return snapshots;
    }

    private record Row(@Nullable Object id, RevisionSnapshot snapshot) {}

    /**
     * Rewrites the history of one record: in each of its earlier audit rows the given columns get the
     * given values (retention's pseudonyms). Runs inside the transaction that changes the live record,
     * so the rewrite and that change are one revision. Each rewritten row's digest from before is kept
     * in {@code audit_redaction}, sealed with this revision, so the revision chain still verifies.
     *
     * @return how many audit rows were rewritten
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int pseudonymiseHistory(Class<?> entityClass, Object id, Map<String, @Nullable String> columnValues) {
        var type = auditedTypes
                .byClass(entityClass)
                .orElseThrow(() -> new IllegalArgumentException(entityClass.getSimpleName() + " is not audited"));
        var table = type.auditTable();
        var knownColumns = jdbc.queryForList(
                "select column_name::text from information_schema.columns"
                        + " where table_schema = current_schema() and table_name = ?",
                String.class,
                table);
        if (!knownColumns.containsAll(columnValues.keySet())) {
            throw new IllegalArgumentException("Unknown columns for " + table + ": " + columnValues.keySet());
        }
        long current = AuditReaderFactory.get(entityManager)
                .getCurrentRevision(PortalRevision.class, true)
                .getId();
        entityManager.flush();
        var columns = new ArrayList<>(columnValues.keySet());
        var sets = columns.stream().map(c -> "\"" + c + "\" = ?").toList();
        var rows = jdbc.queryForList(
                "select rev, audit_row_digest(?, to_jsonb(a))::text as digest from " + table
                        + " a where a.id = ? and a.rev < ?",
                table,
                id,
                current);
        int rewritten = 0;
        for (var row : rows) {
            long rev = ((Number) row.get("rev")).longValue();
            var params = new ArrayList<Object>();
            columns.forEach(c -> params.add(columnValues.get(c)));
            params.add(id);
            params.add(rev);
            jdbc.update(
                    "update " + table + " set " + String.join(", ", sets) + " where id = ? and rev = ?",
                    params.toArray());
            var after = jdbc.queryForObject(
                    "select audit_row_digest(?, to_jsonb(a))::text from " + table + " a where a.id = ? and a.rev = ?",
                    String.class,
                    table,
                    id,
                    rev);
            if (!row.get("digest").equals(after)) {
                jdbc.update(
                        "insert into audit_redaction (redaction_rev, audit_table, rev, redacted_digest,"
                                + " original_digest) values (?, ?, ?, ?, ?)",
                        current,
                        table,
                        rev,
                        after,
                        row.get("digest"));
                rewritten++;
            }
        }
        return rewritten;
    }

    private static ChangeType changeType(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeType.ADDED;
            case MOD -> ChangeType.MODIFIED;
            case DEL -> ChangeType.DELETED;
        };
    }

    /** The attribute by which a record of the trust's own tables says which school it is about. */
    private static final String SCHOOL_ATTRIBUTE = "schoolId";

    /** The school register's entry of a school other than the one in hand: its history is that school's. */
    private boolean anotherSchoolsRegisterEntry(Class<?> entityClass, Object id) {
        var register = auditedTypes
                .byClass(entityClass)
                .map(type -> SCHOOL_REGISTER.equals(type.auditTable()))
                .orElse(false);
        return register
                && !SchoolInHand.current()
                        .map(school -> school.value().toString().equals(String.valueOf(id)))
                        .orElse(false);
    }

    private static final String SCHOOL_REGISTER = "school_aud";

    /** The record's plain fields (no id, no version, no associations) as display values. */
    private static Map<String, Object> fieldsOf(EntityType<?> type, Object snapshot) {
        var fields = new LinkedHashMap<String, Object>();
        if (snapshot == null) {
            return fields;
        }
        for (Attribute<?, ?> attribute : AuditedFields.attributes(type)) {
            fields.put(attribute.getName(), read(attribute.getJavaMember(), snapshot));
        }
        return fields;
    }

    private static @Nullable Object read(Member member, Object target) {
        try {
            if (member instanceof Field field) {
                field.setAccessible(true);
                return field.get(target);
            }
            if (member instanceof Method method) {
                method.setAccessible(true);
                return method.invoke(target);
            }
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read audited field " + member.getName(), e);
        }
    }
}
