package app.safepost.audit.domain;

import app.safepost.audit.RecordType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The kinds of audited record, found at start-up from the JPA metamodel (every entity Envers audits),
 * so a module that adds an audited entity shows up in the explorer without changes here. Names below
 * only make the known ones read well; any other gets one made from its class name.
 */
@Component
public class AuditedTypes {

    /**
     * Entity class name → API name, where the class name alone would read badly (the labels screens show
     * come from {@link AuditLabels}; these names are the API's and stay as they are).
     */
    private static final Map<String, RecordType> KNOWN = Map.ofEntries(
            Map.entry("School", new RecordType("school-profile", "School profile")),
            Map.entry("SchoolClass", new RecordType("class", "Class")),
            Map.entry("StaffMember", new RecordType("staff-member", "Member of staff")),
            Map.entry("SchoolDevice", new RecordType("device", "School iPad")),
            Map.entry("Pupil", new RecordType("pupil", "Pupil")),
            Map.entry("ImageConsentRecord", new RecordType("image-consent", "Photo consent decision")),
            Map.entry("SocialAccount", new RecordType("account", "Social-media account")),
            Map.entry("TripDelegation", new RecordType("trip-delegation", "Trip delegation")),
            Map.entry("GuidanceRuleSet", new RecordType("guidance", "Posting guidance")),
            Map.entry("AccountCredential", new RecordType("account-credential", "Account credential")),
            Map.entry("PolicyDocument", new RecordType("policy", "Policy")),
            // Not "policy": that name is the API's for a policy's versions.
            Map.entry("Policy", new RecordType("library-policy", "Policy in the library")),
            Map.entry("AuditExport", new RecordType("audit-export", "Audit trail export")));

    /** One audited entity: how it is named and where Envers keeps its history. */
    public record AuditedType(RecordType type, Class<?> entityClass, String auditTable, Class<?> idType) {

        /** The id as the entity declares it, from the text the explorer and the API use. */
        public Object parseId(String text) {
            if (idType == UUID.class) {
                return UUID.fromString(text);
            }
            if (idType == Long.class || idType == long.class) {
                return Long.valueOf(text);
            }
            if (idType == Integer.class || idType == int.class) {
                return Integer.valueOf(text);
            }
            return text;
        }
    }

    private final Map<String, AuditedType> byName = new LinkedHashMap<>();
    private final Map<String, AuditedType> byTable = new LinkedHashMap<>();
    private final Map<Class<?>, AuditedType> byClass = new LinkedHashMap<>();

    AuditedTypes(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
        var tables = jdbc.queryForList("select audit_tables()", String.class);
        entityManagerFactory.getMetamodel().getEntities().stream()
                .filter(e -> e.getJavaType().isAnnotationPresent(Audited.class))
                .map(e -> {
                    var named = KNOWN.getOrDefault(e.getJavaType().getSimpleName(), madeUp(e.getJavaType()));
                    var type = new RecordType(
                            named.name(), AuditLabels.typeLabel(e.getJavaType()).orElse(named.label()));
                    return new AuditedType(
                            type,
                            e.getJavaType(),
                            tableOf(e.getJavaType()) + "_aud",
                            e.getIdType().getJavaType());
                })
                .filter(t -> tables.contains(t.auditTable()))
                .sorted(Comparator.comparing(t -> t.type().label()))
                .forEach(t -> {
                    byName.put(t.type().name(), t);
                    byTable.put(t.auditTable(), t);
                    byClass.put(t.entityClass(), t);
                });
    }

    public List<AuditedType> all() {
        return List.copyOf(byName.values());
    }

    public Optional<AuditedType> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Optional<AuditedType> byClass(Class<?> entityClass) {
        return Optional.ofNullable(byClass.get(entityClass));
    }

    /** The type of an audit table; one no entity maps (dropped since) still gets a readable name. */
    public RecordType typeOfTable(String auditTable) {
        var known = byTable.get(auditTable);
        if (known != null) {
            return known.type();
        }
        var base = auditTable.replaceFirst("_aud$", "");
        return new RecordType(base.replace('_', '-'), sentence(base.replace('_', ' ')));
    }

    public Optional<AuditedType> byTable(String auditTable) {
        return Optional.ofNullable(byTable.get(auditTable));
    }

    static RecordType madeUp(Class<?> entityClass) {
        var words = entityClass
                .getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return new RecordType(words.replace(' ', '-'), sentence(words));
    }

    private static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String tableOf(Class<?> entityClass) {
        var table = entityClass.getAnnotation(Table.class);
        if (table != null && !table.name().isBlank()) {
            return table.name();
        }
        // Spring's default naming: CamelCase to snake_case.
        return entityClass
                .getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }
}
