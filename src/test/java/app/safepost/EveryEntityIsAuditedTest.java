package app.safepost;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.domain.PortalRevision;
import app.safepost.drafting.domain.DraftCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;

/**
 * Every entity keeps its history with Envers, so the audit trail can say who changed what and when.
 * An entity that does not is listed here with the reason.
 */
class EveryEntityIsAuditedTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.safepost");

    private static final Map<Class<?>, String> NOT_AUDITED = Map.of(
            PortalRevision.class, "It is Envers' own record of each revision: who made it, when and in which school.",
            DraftCheck.class, "Written once and never changed; the draft's own revisions say who changed the draft.");

    @Test
    void every_entity_is_audited_or_listed_with_the_reason_it_is_not() {
        var unaudited = CLASSES.stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) && !c.isAnnotatedWith(Audited.class))
                .map(JavaClass::getName)
                .toList();

        assertThat(unaudited)
                .containsExactlyInAnyOrderElementsOf(
                        NOT_AUDITED.keySet().stream().map(Class::getName).toList());
    }

    @Test
    void the_list_names_only_entities() {
        assertThat(NOT_AUDITED.keySet()).allSatisfy(type -> assertThat(type).hasAnnotation(Entity.class));
        assertThat(CLASSES.stream().filter(c -> c.isAnnotatedWith(Entity.class)).count())
                .as("the importer found the entities")
                .isGreaterThan(NOT_AUDITED.size());
    }
}
