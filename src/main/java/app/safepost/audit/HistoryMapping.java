package app.safepost.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns consecutive snapshots of one record into the changes each revision made. Pure: the
 * history screen, the API and the tests all see the same before/after values.
 */
public final class HistoryMapping {

    private HistoryMapping() {}

    /** @param snapshots one record's snapshots, oldest first */
    public static List<RecordRevision> toHistory(List<RevisionSnapshot> snapshots) {
        var history = new ArrayList<RecordRevision>(snapshots.size());
        Map<String, Object> previous = Map.of();
        for (var snapshot : snapshots) {
            var current =
                    snapshot.type() == ChangeType.DELETED && snapshot.fields().isEmpty() ? previous : snapshot.fields();
            history.add(new RecordRevision(
                    snapshot.revision(),
                    snapshot.at(),
                    snapshot.by(),
                    snapshot.roles(),
                    snapshot.type(),
                    changesBetween(previous, current, snapshot.type())));
            previous = snapshot.type() == ChangeType.DELETED ? Map.of() : current;
        }
        return history;
    }

    static List<FieldChange> changesBetween(Map<String, Object> before, Map<String, Object> after, ChangeType type) {
        var fields = new TreeSet<String>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (var field : fields) {
            var oldValue = type == ChangeType.ADDED ? null : before.get(field);
            var newValue = type == ChangeType.DELETED ? null : after.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        }
        return changes;
    }
}
