package app.safepost.audit;

import app.safepost.audit.domain.PortalRevision;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of any audited record. Modules call it with their own entity class
 * from their service, where they also decide who may see that record's history.
 */
@Service
public class AuditTrail {

    @PersistenceContext
    private EntityManager entityManager;

    /** Every revision of one record, oldest first, as field-by-field changes. */
    @Transactional(readOnly = true)
    public List<RecordRevision> historyOf(Class<?> entityClass, Object id) {
        var reader = AuditReaderFactory.get(entityManager);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var entityType = entityManager.getMetamodel().entity(entityClass);
        var snapshots = new ArrayList<RevisionSnapshot>(rows.size());
        for (var row : rows) {
            var revision = (PortalRevision) row[1];
            snapshots.add(new RevisionSnapshot(revision.getId(), revision.getAt(), revision.getUsername(),
                    revision.getRoles(), changeType((RevisionType) row[2]), fieldsOf(entityType, row[0])));
        }
        return HistoryMapping.toHistory(snapshots);
    }

    private static ChangeType changeType(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeType.ADDED;
            case MOD -> ChangeType.MODIFIED;
            case DEL -> ChangeType.DELETED;
        };
    }

    /** The record's plain fields (no id, no version, no associations) as display values. */
    private static Map<String, Object> fieldsOf(EntityType<?> type, Object snapshot) {
        var fields = new LinkedHashMap<String, Object>();
        if (snapshot == null) {
            return fields;
        }
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (!(attribute instanceof SingularAttribute<?, ?> singular) || singular.isId() || singular.isVersion()
                    || singular.isAssociation()) {
                continue;
            }
            fields.put(attribute.getName(), read(attribute.getJavaMember(), snapshot));
        }
        return fields;
    }

    private static Object read(Member member, Object target) {
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
