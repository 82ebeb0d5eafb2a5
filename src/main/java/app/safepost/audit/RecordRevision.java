package app.safepost.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One revision of one record: who changed it, when, how, and each field before and after. */
public record RecordRevision(
        long revision, Instant at, String by, Set<String> roles, ChangeType type, List<FieldChange> changes) {

    public RecordRevision {
        roles = Set.copyOf(roles);
        changes = List.copyOf(changes);
    }
}
