package app.safepost.audit.domain;

import app.safepost.database.SchoolOwned;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.List;

/** The fields of an audited record the trail shows: plain values, not the id, version, associations or school. */
public final class AuditedFields {

    private AuditedFields() {}

    public static List<Attribute<?, ?>> attributes(EntityType<?> type) {
        var attributes = new ArrayList<Attribute<?, ?>>(type.getAttributes());
        return attributes.stream()
                .filter(a -> a instanceof SingularAttribute<?, ?> singular
                        && !singular.isId()
                        && !singular.isVersion()
                        && !singular.isAssociation()
                        && singular.getDeclaringType().getJavaType() != SchoolOwned.class)
                .toList();
    }

    public static List<String> of(EntityType<?> type) {
        return attributes(type).stream().map(Attribute::getName).sorted().toList();
    }
}
