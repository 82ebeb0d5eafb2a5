package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryMappingTest {

    private static RevisionSnapshot snapshot(long revision, String by, ChangeType type, Map<String, Object> fields) {
        return new RevisionSnapshot(
                revision, Instant.parse("2026-11-24T10:00:00Z").plusSeconds(revision), by, Set.of("slt"), type, fields);
    }

    @Test
    void creation_lists_every_field_with_no_before_value() {
        var history = HistoryMapping.toHistory(List.of(
                snapshot(1, "system", ChangeType.ADDED, Map.of("name", "Jesse Gray", "contactEmail", "a@b.example"))));

        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(ChangeType.ADDED);
            assertThat(r.by()).isEqualTo("system");
            assertThat(r.changes())
                    .containsExactly(
                            new FieldChange("contactEmail", null, "a@b.example"),
                            new FieldChange("name", null, "Jesse Gray"));
        });
    }

    @Test
    void a_modification_lists_only_the_fields_that_changed_with_before_and_after() {
        var history = HistoryMapping.toHistory(List.of(
                snapshot(1, "system", ChangeType.ADDED, Map.of("name", "Jesse Gray", "contactEmail", "a@b.example")),
                snapshot(2, "head", ChangeType.MODIFIED, Map.of("name", "Jesse Gray", "contactEmail", "c@d.example"))));

        assertThat(history.get(1).by()).isEqualTo("head");
        assertThat(history.get(1).changes())
                .containsExactly(new FieldChange("contactEmail", "a@b.example", "c@d.example"));
    }

    @Test
    void a_field_cleared_to_null_shows_the_old_value_going_to_nothing() {
        var before = new java.util.HashMap<String, Object>(Map.of("phone", "0115 000 0000"));
        var after = new java.util.HashMap<String, Object>();
        after.put("phone", null);

        var history = HistoryMapping.toHistory(List.of(
                snapshot(1, "system", ChangeType.ADDED, before), snapshot(2, "deputy", ChangeType.MODIFIED, after)));

        assertThat(history.get(1).changes()).containsExactly(new FieldChange("phone", "0115 000 0000", null));
    }

    @Test
    void a_deletion_shows_every_last_value_going_away() {
        var history = HistoryMapping.toHistory(List.of(
                snapshot(1, "office", ChangeType.ADDED, Map.of("label", "iPad 01")),
                snapshot(2, "office", ChangeType.DELETED, Map.of())));

        assertThat(history.get(1).type()).isEqualTo(ChangeType.DELETED);
        assertThat(history.get(1).changes()).containsExactly(new FieldChange("label", "iPad 01", null));
    }

    @Test
    void a_revision_that_changed_no_plain_field_has_no_changes() {
        var history = HistoryMapping.toHistory(List.of(
                snapshot(1, "system", ChangeType.ADDED, Map.of("name", "Class 3")),
                snapshot(2, "deputy", ChangeType.MODIFIED, Map.of("name", "Class 3"))));

        assertThat(history.get(1).changes()).isEmpty();
    }

    @Test
    void change_types_use_the_api_words() {
        assertThat(List.of(ChangeType.ADDED, ChangeType.MODIFIED, ChangeType.DELETED))
                .extracting(ChangeType::apiName)
                .containsExactly("add", "mod", "del");
    }
}
