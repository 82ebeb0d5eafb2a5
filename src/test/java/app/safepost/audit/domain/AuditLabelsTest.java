package app.safepost.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.SafepostTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every audited type and every field the trail shows has words of its own, found from the Hibernate metamodel. */
@SafepostTest
class AuditLabelsTest {

    @Autowired
    AuditedTypes types;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void every_audited_type_and_each_of_its_fields_has_a_label_in_words() {
        var missing = new ArrayList<String>();
        assertThat(types.all()).hasSizeGreaterThan(30);
        for (var type : types.all()) {
            var entityClass = type.entityClass();
            if (AuditLabels.typeLabel(entityClass).isEmpty()) {
                missing.add(entityClass.getSimpleName());
            }
            var entity = entityManagerFactory.getMetamodel().entity(entityClass);
            for (var field : AuditedFields.of(entity)) {
                if (AuditLabels.declaredFieldLabel(entityClass, field).isEmpty()) {
                    missing.add(entityClass.getSimpleName() + "." + field);
                }
            }
        }
        assertThat(missing).as("labels missing from record-labels.properties").isEmpty();
    }

    @Test
    void the_type_labels_are_the_ones_screens_and_exports_list() {
        for (var type : types.all()) {
            assertThat(type.type().label())
                    .isEqualTo(AuditLabels.typeLabel(type.entityClass()).orElseThrow());
        }
    }

    @Test
    void no_two_audited_types_share_a_name_in_the_api() {
        var names = types.all().stream().map(t -> t.type().name()).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(types.all()).extracting(t -> t.entityClass().getSimpleName()).contains("Policy", "PolicyDocument");
    }
}
