package app.safepost.testing;

import app.safepost.audit.domain.AuditedTypes;
import app.safepost.audit.domain.AuditedTypes.AuditedType;
import app.safepost.security.SchoolInHand;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every audited record type's free text, found from the code: each audited entity's text attributes
 * that Envers keeps, less those whose column refers to another record (a foreign key), is referred
 * to by one (a code such as a consent purpose's), or is held to a form by a check (a URN). For each type
 * it writes a demo pupil's full name into every such field of one record, as one revision, and takes
 * it out again afterwards. A type with no record yet gets one made from its attributes (other records
 * it refers to are found, or made the same way), which is removed afterwards. A new audited entity is
 * covered without changes here.
 */
public final class AuditedFreeText {

    /** A demo pupil's full name, and a shorter one for short columns. */
    public static final String FULL_NAME = "Amelia Khan";

    public static final String SHORT_FULL_NAME = "Jo Kaur";

    /** One text field of an audited type; {@code length} is the column's limit (0: none). */
    public record TextField(AuditedType type, String attribute, String column, int length) {

        /** The pupil's full name that fits the column, or null when none does. */
        public @Nullable String name() {
            return length == 0 || length >= FULL_NAME.length()
                    ? FULL_NAME
                    : length >= SHORT_FULL_NAME.length() ? SHORT_FULL_NAME : null;
        }
    }

    /** The record a type's names were written into, with what each field held before. */
    public record Planted(AuditedType type, Object id, Map<String, @Nullable Object> before, boolean made) {}

    private final EntityManagerFactory factory;
    /** The entity manager of the transaction at hand, as the portal's services use it. */
    private final EntityManager em;

    private final AuditedTypes types;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Map<String, Map<String, String>> foreignKeys = new HashMap<>();
    /** Columns that are keys or codes rather than free text: referred to by another table, or checked. */
    private final Map<String, Set<String>> constrained = new HashMap<>();

    private final Map<String, Map<String, Integer>> lengths = new HashMap<>();
    private final Map<String, Set<String>> required = new HashMap<>();
    /** Records made for a type without any, newest first, to remove afterwards. */
    private final Deque<Object> made = new ArrayDeque<>();

    private final Deque<String[]> madeRows = new ArrayDeque<>();

    public AuditedFreeText(
            EntityManagerFactory factory, AuditedTypes types, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.factory = factory;
        this.em = SharedEntityManagerCreator.createSharedEntityManager(factory);
        this.types = types;
        this.jdbc = jdbc;
        this.transaction = transaction;
        // From the catalogue: information_schema shows constraints' columns only to their tables' owner, and
        // the portal's role owns none. A key of several columns (each school's records refer to their
        // school's) pairs each column with the one it refers to.
        jdbc.query("""
                select t.relname, a.attname, rt.relname, ra.attname
                from pg_constraint c
                cross join lateral unnest(c.conkey, c.confkey) as k (col, ref)
                join pg_class t on t.oid = c.conrelid
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
                join pg_class rt on rt.oid = c.confrelid
                join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = k.ref
                where c.contype = 'f' and c.connamespace = current_schema()::regnamespace""", rs -> {
            foreignKeys
                    .computeIfAbsent(rs.getString(1), t -> new HashMap<>())
                    .put(rs.getString(2), rs.getString(3) + "." + rs.getString(4));
            constrained.computeIfAbsent(rs.getString(3), t -> new HashSet<>()).add(rs.getString(4));
        });
        jdbc.query("""
                select t.relname, a.attname
                from pg_constraint c
                cross join lateral unnest(c.conkey) as k (col)
                join pg_class t on t.oid = c.conrelid
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
                where c.contype = 'c' and c.connamespace = current_schema()::regnamespace""", rs -> {
            constrained.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getString(2));
        });
        jdbc.query("""
                select table_name, column_name, coalesce(character_maximum_length, 0), is_nullable = 'NO'
                from information_schema.columns where table_schema = current_schema()""", rs -> {
            lengths.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
            if (rs.getBoolean(4)) {
                required.computeIfAbsent(rs.getString(1), t -> new HashSet<>()).add(rs.getString(2));
            }
        });
    }

    /** Text fields whose column is too short for any pupil's full name: listed so that none hides. */
    public List<TextField> tooShort() {
        return textFields().stream().filter(f -> f.name() == null).toList();
    }

    /** The audited types with at least one text field that can hold a pupil's name. */
    public List<AuditedType> typesWithText() {
        return types.all().stream().filter(t -> !fieldsOf(t).isEmpty()).toList();
    }

    public List<TextField> fieldsOf(AuditedType type) {
        return textFields().stream()
                .filter(f -> f.type().equals(type) && f.name() != null)
                .toList();
    }

    private List<TextField> textFields() {
        var fields = new ArrayList<TextField>();
        for (var type : types.all()) {
            var table = table(type);
            for (var attribute :
                    factory.getMetamodel().entity(type.entityClass()).getAttributes()) {
                if (!(attribute instanceof SingularAttribute<?, ?> singular)
                        || singular.isId()
                        || singular.isVersion()
                        || singular.isAssociation()
                        || singular.getJavaType() != String.class
                        || !(attribute.getJavaMember() instanceof Field field)
                        || field.isAnnotationPresent(NotAudited.class)) {
                    continue;
                }
                var column = column(field);
                if (foreignKeys.getOrDefault(table, Map.of()).containsKey(column)
                        || constrained.getOrDefault(table, Set.of()).contains(column)
                        || isTheSchoolsName(type, field)) {
                    continue;
                }
                fields.add(new TextField(
                        type,
                        attribute.getName(),
                        column,
                        lengths.getOrDefault(table, Map.of()).getOrDefault(column, 0)));
            }
        }
        return fields;
    }

    /**
     * The school's own name is never masked (it is the school's, not a pupil's), so a pupil's name
     * written there would become the school's: the one text field left out.
     */
    private static boolean isTheSchoolsName(AuditedType type, Field field) {
        return type.type().name().equals("school-profile") && field.getName().equals("name");
    }

    /**
     * Writes the type's fitting pupil's name into every text field of one of its records (made if it
     * has none), as one revision by whoever is signed in.
     */
    public Planted plant(AuditedType type) {
        return plant(type, fieldsOf(type), TextField::name);
    }

    /** Writes {@code value} into the given text fields of one record of the type, as {@link #plant(AuditedType)} does. */
    public Planted plant(AuditedType type, List<TextField> fields, Function<TextField, String> value) {
        made.clear();
        madeRows.clear();
        return transaction.execute(status -> {
            var existing = existingOf(type.entityClass());
            boolean making = existing == null;
            Object entity = making ? make(type.entityClass()) : existing;
            var before = new LinkedHashMap<String, @Nullable Object>();
            for (var field : fields) {
                before.put(field.attribute(), write(entity, field.attribute(), value.apply(field)));
            }
            em.flush();
            return new Planted(type, factory.getPersistenceUnitUtil().getIdentifier(entity), before, making);
        });
    }

    /** Puts back what the fields held, or removes the records made for the type, as one revision. */
    public void undo(Planted planted) {
        transaction.executeWithoutResult(status -> {
            if (!planted.made()) {
                var entity = em.find(planted.type().entityClass(), planted.id());
                planted.before().forEach((attribute, value) -> write(entity, attribute, value));
            }
            while (!made.isEmpty()) {
                var record = made.pop();
                em.remove(em.find(
                        record.getClass(), factory.getPersistenceUnitUtil().getIdentifier(record)));
                em.flush();
            }
            while (!madeRows.isEmpty()) {
                var row = madeRows.pop();
                jdbc.update("delete from " + row[0] + " where " + row[1] + " = ?", row[2]);
            }
            em.flush();
        });
    }

    /**
     * A record of the class in the school in hand: the trust's own tables (the school register, people's
     * memberships) hold every school's rows, and another school's record is not this school's to read.
     */
    private @Nullable Object existingOf(Class<?> entityClass) {
        var entity = em.getMetamodel().entity(entityClass);
        var school = SchoolInHand.current().map(id -> id.value()).orElse(null);
        var ofSchool = entity.getAttributes().stream().anyMatch(a -> a.getName().equals("schoolId"))
                ? " where e.schoolId = :school"
                : tableOf(entityClass).equals("school") ? " where e.id = :school" : "";
        var query = em.createQuery(
                "select e from " + entity.getName() + " e" + (school == null ? "" : ofSchool), entityClass);
        if (school != null && !ofSchool.isEmpty()) {
            query.setParameter("school", school);
        }
        var list = query.setMaxResults(1).getResultList();
        return list.isEmpty() ? null : list.getFirst();
    }

    /**
     * A record of the class with every attribute filled in, in the order the class declares them,
     * persisted; what it refers to is found or made.
     */
    private Object make(Class<?> entityClass) {
        try {
            var constructor = entityClass.getDeclaredConstructor();
            constructor.setAccessible(true);
            var entity = constructor.newInstance();
            var table = tableOf(entityClass);
            var attributes = em.getMetamodel().entity(entityClass);
            int step = 0;
            for (var field : entityClass.getDeclaredFields()) {
                var attribute = attributes.getAttributes().stream()
                        .filter(a -> a.getName().equals(field.getName()))
                        .findFirst()
                        .orElse(null);
                if (!(attribute instanceof SingularAttribute<?, ?> singular) || singular.isVersion()) {
                    continue;
                }
                field.setAccessible(true);
                if (field.get(entity) != null || field.getType().isPrimitive()) {
                    continue;
                }
                if (singular.isAssociation()) {
                    var target = existingOf(singular.getJavaType());
                    field.set(entity, target != null ? target : make(singular.getJavaType()));
                    continue;
                }
                var column = column(field);
                var reference = foreignKeys.getOrDefault(table, Map.of()).get(column);
                if (reference != null && !required.getOrDefault(table, Set.of()).contains(column)) {
                    continue;
                }
                field.set(
                        entity,
                        reference != null
                                ? key(reference)
                                : plainValue(
                                        field.getType(),
                                        step++,
                                        lengths.getOrDefault(table, Map.of()).getOrDefault(column, 0)));
            }
            em.persist(entity);
            em.flush();
            made.push(entity);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + entityClass.getSimpleName() + " for the test", e);
        }
    }

    /** A value of the column another table's column refers to: an existing one, else from a row made for it. */
    private Object key(String reference) {
        var inHand = SchoolInHand.current();
        if (reference.equals("school.id") && inHand.isPresent()) {
            // A record made for the test is the school in hand's, as the portal would make it.
            return inHand.get().value();
        }
        var table = reference.substring(0, reference.indexOf('.'));
        var column = reference.substring(reference.indexOf('.') + 1);
        var existing = jdbc.queryForList("select " + column + " from " + table + " limit 1", Object.class);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        for (var entity : em.getMetamodel().getEntities()) {
            if (tableOf(entity.getJavaType()).equals(table)) {
                make(entity.getJavaType());
                return jdbc.queryForObject("select " + column + " from " + table + " limit 1", Object.class);
            }
        }
        return rowOfPlainTable(table, column);
    }

    /** A row in a table no entity maps (stored file contents), with a value of the right type in each required column. */
    private Object rowOfPlainTable(String table, String keyColumn) {
        var columns = jdbc.queryForList("""
                select column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name = ? and is_nullable = 'NO' and column_default is null""", table);
        var names = new ArrayList<String>();
        var values = new ArrayList<Object>();
        var key = UUID.randomUUID().toString().replace("-", "");
        for (var c : columns) {
            names.add((String) c.get("column_name"));
            values.add(
                    switch ((String) c.get("data_type")) {
                        case "uuid" -> UUID.randomUUID();
                        case "bytea" -> new byte[] {0};
                        case "integer", "bigint", "smallint" -> 1;
                        case "boolean" -> false;
                        case "timestamp with time zone", "timestamp without time zone" -> Timestamp.from(Instant.now());
                        default -> c.get("column_name").equals(keyColumn) ? key : "made for a test";
                    });
        }
        jdbc.update(
                "insert into " + table + " (" + String.join(", ", names) + ") values ("
                        + String.join(", ", names.stream().map(n -> "?").toList()) + ")",
                values.toArray());
        var value = values.get(names.indexOf(keyColumn));
        madeRows.push(new String[] {table, keyColumn, value.toString()});
        return value;
    }

    /** Plain values in declaration order; later times are later, so "ends after it starts" holds. */
    private static Object plainValue(Class<?> type, int step, int length) {
        if (type == String.class) {
            var text = "made for a test";
            return length > 0 && length < text.length() ? text.substring(0, length) : text;
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == Instant.class) {
            return Instant.now().plusSeconds(60L * step);
        }
        if (type == LocalDate.class) {
            return LocalDate.now().plusDays(step);
        }
        if (type == Long.class) {
            return 1L;
        }
        if (type == Integer.class) {
            return 1;
        }
        if (type == Boolean.class) {
            return false;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == byte[].class) {
            return new byte[] {0};
        }
        throw new IllegalStateException("No value for a " + type.getSimpleName() + " in a record made for the test");
    }

    private static @Nullable Object write(Object entity, String attribute, @Nullable Object value) {
        try {
            var field = findField(entity.getClass(), attribute);
            field.setAccessible(true);
            var before = field.get(entity);
            field.set(entity, value);
            return before;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot write " + attribute, e);
        }
    }

    private static Field findField(Class<?> type, String name) throws NoSuchFieldException {
        for (var c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException next) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static String table(AuditedType type) {
        return type.auditTable().replaceFirst("_aud$", "");
    }

    private static String tableOf(Class<?> entityClass) {
        var table = entityClass.getAnnotation(Table.class);
        if (table != null && !table.name().isBlank()) {
            return table.name();
        }
        return snake(entityClass.getSimpleName());
    }

    private static String column(Field field) {
        var column = field.getAnnotation(Column.class);
        if (column != null && !column.name().isBlank()) {
            return column.name();
        }
        var join = field.getAnnotation(JoinColumn.class);
        if (join != null && !join.name().isBlank()) {
            return join.name();
        }
        return snake(field.getName());
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
