package app.safepost.audit;

import app.safepost.audit.domain.AuditEntries;
import app.safepost.audit.domain.AuditExport;
import app.safepost.audit.domain.AuditExportRepository;
import app.safepost.audit.domain.AuditLabels;
import app.safepost.audit.domain.AuditedTypes;
import app.safepost.audit.domain.ExportDocuments;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail across the whole portal, for SLT, the head teacher and governors: every record
 * each revision changed, filtered and paged from the database, each with its field-by-field changes,
 * and exports of the list. Fields another module marks as {@link PersonalData} are hidden from
 * readers it says may not see them (pupils' names from governors), and pupils' names inside any
 * other text are masked for them ({@link NamesInFreeText}), here, in exports and in the API.
 */
@Service
public class AuditExplorer {

    /** SLT and governors; the head teacher holds SLT too. */
    static final String READERS = Roles.IS_SLT_GOVERNOR_OR_TRUST;
    /** The most entries one export takes; narrow the filters for more. */
    public static final int EXPORT_LIMIT = 5000;

    public static final int MAX_PAGE = 200;

    private final AuditEntries entries;
    private final AuditedTypes types;
    private final AuditTrail trail;
    private final RevisionMasking masking;
    private final AuditExportRepository exports;
    private final Clock clock;
    private final RecordNaming naming;

    AuditExplorer(
            AuditEntries entries,
            AuditedTypes types,
            AuditTrail trail,
            RevisionMasking masking,
            AuditExportRepository exports,
            Clock clock,
            RecordNaming naming) {
        this.naming = naming;
        this.entries = entries;
        this.types = types;
        this.trail = trail;
        this.masking = masking;
        this.exports = exports;
        this.clock = clock;
    }

    /** Every kind of audited record, by label. */
    @PreAuthorize(READERS)
    public List<RecordType> recordTypes() {
        return types.all().stream().map(AuditedTypes.AuditedType::type).toList();
    }

    /** The API name of an entity class's records, e.g. {@code pupil}; for links to the explorer. */
    public Optional<String> recordTypeOf(Class<?> entityClass) {
        return types.byClass(entityClass).map(t -> t.type().name());
    }

    /** Where the explorer shows one record's history; modules link to it from the record's screen. */
    public static String historyLink(String recordType, Object id) {
        return "audit?type=" + recordType + "&record=" + id;
    }

    /**
     * One page of entries, newest first, starting after {@code after} (the previous page's
     * {@link AuditPage#next()}), or from the newest when {@code null}.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public AuditPage entries(AuditQuery query, @Nullable AuditEntry after, int size) {
        int pageSize = Math.clamp(size, 1, MAX_PAGE);
        String table = null;
        if (query.recordType() != null && !query.recordType().isBlank()) {
            var type = types.byName(query.recordType());
            if (type.isEmpty()) {
                return new AuditPage(List.of(), null);
            }
            table = type.get().auditTable();
        }
        var rows = entries.page(query, table, after, pageSize + 1);
        if (rows.size() > pageSize) {
            return new AuditPage(rows.subList(0, pageSize), rows.get(pageSize - 1));
        }
        return new AuditPage(rows, null);
    }

    /** What a person calls each entry's record ("Pupil A.K., Class 3"), masked as the signed-in person must read it. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Map<AuditEntry, String> recordNames(List<AuditEntry> entries) {
        return naming.forReader(masking.textMask()).namesOf(entries);
    }

    /** What one entry changed, field by field in words ("Photo consent: yes → no"), masked as {@link #changes} is. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<List<ReadableChange>> changesInWords(AuditEntry entry) {
        var textMask = masking.textMask();
        return changes(entry, textMask).map(r -> inWords(entry.auditTable(), r, naming.forReader(textMask)));
    }

    /** Whether an entry's record is the portal's own bookkeeping, listed only when asked for. */
    public boolean internal(AuditEntry entry) {
        return types.byTable(entry.auditTable())
                .map(t -> AuditLabels.internal(t.entityClass()))
                .orElse(false);
    }

    /** Whether records of this type are the portal's own bookkeeping, offered only when asked for. */
    public boolean internal(RecordType type) {
        return types.byName(type.name())
                .map(t -> AuditLabels.internal(t.entityClass()))
                .orElse(false);
    }

    private List<ReadableChange> inWords(String auditTable, RecordRevision revision, RecordNaming.Reader reader) {
        var entityClass = types.byTable(auditTable)
                .<Class<?>>map(AuditedTypes.AuditedType::entityClass)
                .orElse(null);
        return revision.changes().stream()
                .map(c -> new ReadableChange(
                        c.field(),
                        AuditLabels.fieldLabel(entityClass, c.field()),
                        reader.words(c.before(), c.field()),
                        reader.words(c.after(), c.field())))
                .toList();
    }

    /** What one entry changed in its record, field by field (personal fields hidden and names masked as the reader requires). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Optional<RecordRevision> changes(AuditEntry entry) {
        return changes(entry, masking.textMask());
    }

    private Optional<RecordRevision> changes(AuditEntry entry, UnaryOperator<@Nullable String> textMask) {
        var type = types.byTable(entry.auditTable());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        var entityClass = type.get().entityClass();
        var snapshots = trail.snapshots(entityClass, type.get().parseId(entry.recordId()), entry.revision(), 2);
        if (snapshots.isEmpty() || snapshots.getLast().revision() != entry.revision()) {
            return Optional.empty();
        }
        return Optional.of(masking.forCurrentReader(
                entityClass, HistoryMapping.toHistory(snapshots).getLast(), textMask));
    }

    /**
     * Every revision of one record, oldest first, for {@code GET /api/v1/audit/{type}/{id}}.
     *
     * @throws RecordNotAudited if there is no such type or no history for that id
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<RecordRevision> history(String recordType, String recordId) {
        var type = types.byName(recordType).orElseThrow(() -> new RecordNotAudited(recordType, recordId));
        Object id;
        try {
            id = type.parseId(recordId);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotAudited(recordType, recordId);
        }
        var history = trail.historyOf(type.entityClass(), id);
        if (history.isEmpty()) {
            throw new RecordNotAudited(recordType, recordId);
        }
        return history;
    }

    /**
     * One page of {@link #history} with each revision's record named and its changes in words, for the
     * API: only the page's revisions are read.
     *
     * @throws RecordNotAudited if there is no such type or no history for that id
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<RevisionInWords> historyInWords(String recordType, String recordId, Pageable page) {
        var type = types.byName(recordType).orElseThrow(() -> new RecordNotAudited(recordType, recordId));
        Object id;
        try {
            id = type.parseId(recordId);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotAudited(recordType, recordId);
        }
        var history = trail.historyOf(type.entityClass(), id, page);
        if (history.getTotalElements() == 0) {
            throw new RecordNotAudited(recordType, recordId);
        }
        return new PageImpl<>(inWords(recordType, recordId, history.getContent()), page, history.getTotalElements());
    }

    private List<RevisionInWords> inWords(String recordType, String recordId, List<RecordRevision> history) {
        var type = types.byName(recordType).orElseThrow();
        var reader = naming.forReader(masking.textMask());
        return history.stream()
                .map(r -> {
                    var entry = new AuditEntry(
                            r.revision(), r.at(), r.by(), type.type(), recordId, r.type(), type.auditTable());
                    return new RevisionInWords(
                            r, type.type().label(), reader.nameOf(entry), inWords(type.auditTable(), r, reader));
                })
                .toList();
    }

    /** A revision with its record as people call it and its changes in words. */
    public record RevisionInWords(
            RecordRevision revision, String recordType, String record, List<ReadableChange> changes) {}

    /**
     * The entries matching the query (at most {@link #EXPORT_LIMIT}) and their changes as a CSV or PDF
     * file. The export itself is recorded: who, when, which filters, how many entries.
     */
    @PreAuthorize(READERS)
    @Transactional
    public ExportFile export(AuditQuery query, ExportFormat format) {
        var exported = new ArrayList<ExportDocuments.Item>();
        var textMask = masking.textMask();
        var reader = naming.forReader(textMask);
        AuditEntry after = null;
        do {
            var page = entries(query, after, MAX_PAGE);
            var names = reader.namesOf(page.entries());
            for (var entry : page.entries()) {
                if (exported.size() == EXPORT_LIMIT) {
                    break;
                }
                exported.add(new ExportDocuments.Item(
                        entry,
                        names.get(entry),
                        changes(entry, textMask)
                                .map(r -> inWords(entry.auditTable(), r, reader))
                                .orElse(List.of())));
            }
            after = page.next();
        } while (after != null && exported.size() < EXPORT_LIMIT);
        var by = SignedInStaff.currentAuthor();
        var now = clock.instant();
        exports.save(
                new AuditExport(format.name().toLowerCase(), query.describe(), exported.size(), by.username(), now));
        var heading = new ExportDocuments.Heading(
                by.displayName() + " (" + by.username() + ")",
                now,
                query.describe(),
                exported.size(),
                exported.size() == EXPORT_LIMIT);
        var stamp = now.toString().substring(0, 10);
        return switch (format) {
            case CSV ->
                new ExportFile(
                        "audit-trail-" + stamp + ".csv",
                        "text/csv;charset=UTF-8",
                        ExportDocuments.csv(heading, exported));
            case PDF ->
                new ExportFile(
                        "audit-trail-" + stamp + ".pdf", "application/pdf", ExportDocuments.pdf(heading, exported));
        };
    }

    public enum ExportFormat {
        CSV,
        PDF
    }

    /** No audited record of that type and id. */
    public static class RecordNotAudited extends RuntimeException {
        public RecordNotAudited(String type, String id) {
            super("No history of " + type + " " + id);
        }
    }
}
