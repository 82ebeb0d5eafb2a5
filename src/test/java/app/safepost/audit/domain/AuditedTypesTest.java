package app.safepost.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.RecordType;
import org.junit.jupiter.api.Test;

class AuditedTypesTest {

    static class DraftPost {}

    static class PolicySignOff {}

    @Test
    void an_entity_with_no_readable_name_gets_one_from_its_class_name() {
        assertThat(AuditedTypes.madeUp(DraftPost.class)).isEqualTo(new RecordType("draft-post", "Draft post"));
        assertThat(AuditedTypes.madeUp(PolicySignOff.class))
                .isEqualTo(new RecordType("policy-sign-off", "Policy sign off"));
    }
}
