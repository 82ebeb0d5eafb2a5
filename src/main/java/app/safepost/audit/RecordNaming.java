package app.safepost.audit;

import app.safepost.audit.AuditTrail.RecordAt;
import app.safepost.audit.domain.AuditLabels;
import app.safepost.audit.domain.AuditedTypes;
import app.safepost.common.SchoolTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a person calls a record ("Pupil A.K., Class 3", "Post to @JGP_Kestrels of 4 Dec 2026"), from
 * its fields as the trail kept them at a revision and the pattern {@link AuditLabels#namePattern} gives.
 * Records it points to are named the same way from their latest revision. Fields the reader may not
 * see ({@link PersonalData}) give only their initials, and the whole name is masked as any other text
 * is ({@link NamesInFreeText}), so a governor never reads a pupil's name here either.
 */
@Component
class RecordNaming {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final int DEPTH = 2;
    /** Fields that point to another record, shown by that record's name. */
    static final Map<String, String> POINTERS = Map.of(
            "accountId",
            "SocialAccount",
            "classId",
            "SchoolClass",
            "pupilId",
            "Pupil",
            "draftId",
            "Draft",
            "deviceId",
            "SchoolDevice",
            "followerId",
            "Follower",
            "incidentId",
            "Incident",
            "documentId",
            "PolicyDocument");

    private final AuditedTypes types;
    private final AuditTrail trail;
    private final List<PersonalData> personalData;

    RecordNaming(AuditedTypes types, AuditTrail trail, List<PersonalData> personalData) {
        this.types = types;
        this.trail = trail;
        this.personalData = personalData;
    }

    /** Names for one reader: read once for a page or an export, it remembers the records it named. */
    Reader forReader(UnaryOperator<@Nullable String> textMask) {
        return new Reader(textMask, hiddenFields());
    }

    private Map<Class<?>, Set<String>> hiddenFields() {
        var hidden = new HashMap<Class<?>, Set<String>>();
        for (var type : types.all()) {
            hidden.put(
                    type.entityClass(),
                    personalData.stream()
                            .filter(p -> p.covers(type.entityClass()) && !p.visibleToCurrentUser())
                            .flatMap(p -> p.fields().stream())
                            .collect(Collectors.toUnmodifiableSet()));
        }
        return hidden;
    }

    final class Reader {

        private final UnaryOperator<@Nullable String> textMask;
        private final Map<Class<?>, Set<String>> hidden;
        private final Map<String, String> latest = new HashMap<>();
        /** Records read ahead in batches, as they stood at an entry's revision and as they last stood. */
        private final Map<AuditEntry, Map<String, Object>> readAtEntry = new HashMap<>();

        private final Map<String, Map<String, Object>> readLatest = new HashMap<>();

        private Reader(UnaryOperator<@Nullable String> textMask, Map<Class<?>, Set<String>> hidden) {
            this.textMask = textMask;
            this.hidden = hidden;
        }

        /**
         * Each entry's record named as {@link #nameOf} names it, reading in batches: the entries' records
         * one query per type, then the records they point to one query per type and step.
         */
        Map<AuditEntry, String> namesOf(List<AuditEntry> entries) {
            var pointers = readAtEntries(entries);
            for (int depth = DEPTH - 1; depth >= 0 && !pointers.isEmpty(); depth--) {
                pointers = readLatest(pointers, depth);
            }
            var names = new LinkedHashMap<AuditEntry, String>();
            entries.forEach(e -> names.put(e, nameOf(e)));
            return names;
        }

        /** The entry's record as it stood at that revision (as it last stood, for a deletion). */
        String nameOf(AuditEntry entry) {
            var type = types.byTable(entry.auditTable());
            if (type.isEmpty()) {
                return entry.type().label();
            }
            var id = type.get().parseId(entry.recordId());
            var fields = readAtEntry.get(entry);
            if (fields == null) {
                fields = latestOf(trail.snapshots(type.get().entityClass(), id, entry.revision(), 2));
            }
            return masked(name(type.get().entityClass(), id, fields, DEPTH))
                    .orElse(entry.type().label());
        }

        /** The records the entries changed, and what they point to, one query per type. */
        private Set<Pointer> readAtEntries(List<AuditEntry> entries) {
            var byType = new LinkedHashMap<AuditedTypes.AuditedType, Map<RecordAt, AuditEntry>>();
            for (var entry : entries) {
                types.byTable(entry.auditTable()).ifPresent(type -> {
                    var at = new RecordAt(type.parseId(entry.recordId()), entry.revision());
                    byType.computeIfAbsent(type, t -> new HashMap<>()).put(at, entry);
                });
            }
            var pointers = new LinkedHashSet<Pointer>();
            byType.forEach((type, wanted) -> trail.snapshotsAt(type.entityClass(), wanted.keySet())
                    .forEach((at, snapshot) -> {
                        // An empty one is left to the one-by-one reading, which looks one revision further back.
                        if (!snapshot.fields().isEmpty()) {
                            readAtEntry.put(wanted.get(at), snapshot.fields());
                            pointers.addAll(pointersOf(type.entityClass(), at.id(), snapshot.fields(), DEPTH));
                        }
                    }));
            return pointers;
        }

        /** The records pointed to as they last stood, one query per type, and what they point to in turn. */
        private Set<Pointer> readLatest(Set<Pointer> pointers, int depth) {
            var byType = new LinkedHashMap<Class<?>, Set<Object>>();
            for (var pointer : pointers) {
                if (!readLatest.containsKey(pointer.key()) && !latest.containsKey(pointer.key())) {
                    byType.computeIfAbsent(pointer.entityClass(), c -> new HashSet<>())
                            .add(pointer.id());
                }
            }
            var further = new LinkedHashSet<Pointer>();
            byType.forEach((entityClass, ids) -> trail.latestSnapshots(entityClass, ids)
                    .forEach((id, snapshot) -> {
                        if (!snapshot.fields().isEmpty()) {
                            readLatest.put(new Pointer(entityClass, id).key(), snapshot.fields());
                            further.addAll(pointersOf(entityClass, id, snapshot.fields(), depth));
                        }
                    }));
            return further;
        }

        /** Every record the name of a record named at {@code depth} may point to (a superset: choices after one that reads). */
        private List<Pointer> pointersOf(Class<?> entityClass, Object id, Map<String, Object> fields, int depth) {
            var pattern = AuditLabels.namePattern(entityClass);
            if (depth == 0 || pattern.isEmpty()) {
                return List.of();
            }
            var pointers = new ArrayList<Pointer>();
            var matcher = PLACEHOLDER.matcher(pattern.get());
            while (matcher.find()) {
                for (var choice : matcher.group(1).split("\\|")) {
                    var reference = choice.split("->", 2);
                    if (reference.length < 2) {
                        continue;
                    }
                    var target = reference[0].equals("id") ? id : fields.get(reference[0]);
                    var type = typeNamed(reference[1]);
                    if (target != null && type.isPresent()) {
                        pointers.add(new Pointer(type.get().entityClass(), target));
                    }
                }
            }
            return pointers;
        }

        /** A field's value in words; a pointer to another record by that record's name. */
        String words(@Nullable Object value, String field) {
            var target = POINTERS.get(field);
            if (target != null && value != null && !PersonalData.HIDDEN.equals(value)) {
                var name = textMask.apply(referenced(target, value, DEPTH - 1));
                if (name != null && !name.isBlank()) {
                    return name;
                }
            }
            return AuditLabels.value(value);
        }

        private Optional<String> masked(Optional<String> name) {
            return name.map(textMask).filter(n -> !n.isBlank());
        }

        private Optional<String> name(Class<?> entityClass, Object id, Map<String, Object> fields, int depth) {
            var pattern = AuditLabels.namePattern(entityClass);
            if (pattern.isEmpty() || fields.isEmpty()) {
                return Optional.empty();
            }
            var matcher = PLACEHOLDER.matcher(pattern.get());
            var out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(
                        out, Matcher.quoteReplacement(placeholder(entityClass, id, fields, matcher.group(1), depth)));
            }
            matcher.appendTail(out);
            return Optional.of(out.toString()
                    .replaceAll("\\s+", " ")
                    .replaceAll(" (of|for|on|by)$", "")
                    .strip());
        }

        private String placeholder(
                Class<?> entityClass, Object id, Map<String, Object> fields, String spec, int depth) {
            for (var choice : spec.split("\\|")) {
                if (choice.startsWith("'") && choice.endsWith("'")) {
                    return choice.substring(1, choice.length() - 1);
                }
                var words = value(entityClass, id, fields, choice, depth);
                if (!words.isBlank()) {
                    return words;
                }
            }
            return "";
        }

        private String value(Class<?> entityClass, Object id, Map<String, Object> fields, String choice, int depth) {
            var reference = choice.split("->", 2);
            if (reference.length == 2) {
                var target = reference[0].equals("id") ? id : fields.get(reference[0]);
                return target == null || depth == 0 ? "" : referenced(reference[1], target, depth - 1);
            }
            var format = choice.split(":", 2);
            var names = format[0].strip().split(" ");
            var hiddenHere = hidden.getOrDefault(entityClass, Set.of());
            if (names.length > 1 || hiddenHere.contains(format[0])) {
                return person(names, fields, hiddenHere);
            }
            var value = fields.get(format[0]);
            if (format.length == 2 && format[1].equals("date")) {
                return switch (value) {
                    case Instant i -> AuditLabels.value(SchoolTime.dayOf(i));
                    case LocalDate d -> AuditLabels.value(d);
                    case null, default -> "";
                };
            }
            return value == null ? "" : AuditLabels.value(value);
        }

        /** A name of several fields: in full for those who may read it, else initials ("A.K."). */
        private static String person(String[] names, Map<String, Object> fields, Set<String> hidden) {
            var parts = Arrays.stream(names)
                    .map(fields::get)
                    .filter(Objects::nonNull)
                    .map(Object::toString)
                    .filter(s -> !s.isBlank())
                    .toList();
            if (Arrays.stream(names).noneMatch(hidden::contains)) {
                return String.join(" ", parts);
            }
            return parts.stream()
                    .map(p -> p.substring(0, 1).toUpperCase(Locale.ROOT) + ".")
                    .collect(Collectors.joining());
        }

        private String referenced(String simpleName, Object id, int depth) {
            var type = typeNamed(simpleName);
            if (type.isEmpty()) {
                return "";
            }
            var key = simpleName + ":" + id;
            var known = latest.get(key);
            if (known != null) {
                return known;
            }
            var fields = readLatest.get(key);
            if (fields == null) {
                fields = latestOf(trail.snapshots(type.get().entityClass(), id, null, 2));
            }
            var name = name(type.get().entityClass(), id, fields, depth).orElse("");
            latest.put(key, name);
            return name;
        }

        private Optional<AuditedTypes.AuditedType> typeNamed(String simpleName) {
            return types.all().stream()
                    .filter(t -> t.entityClass().getSimpleName().equals(simpleName))
                    .findFirst();
        }
    }

    /** The fields of the latest snapshot that has any. */
    private static Map<String, Object> latestOf(List<RevisionSnapshot> snapshots) {
        return snapshots.reversed().stream()
                .map(RevisionSnapshot::fields)
                .filter(f -> !f.isEmpty())
                .findFirst()
                .orElse(Map.of());
    }

    /** A record another one's name points to, known by the key the reader remembers its name under. */
    private record Pointer(Class<?> entityClass, Object id) {

        String key() {
            return entityClass.getSimpleName() + ":" + id;
        }
    }
}
