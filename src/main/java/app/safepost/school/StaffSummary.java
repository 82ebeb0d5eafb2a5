package app.safepost.school;

import java.util.List;
import java.util.Set;

/** A member of staff and the classes they teach or support. */
public record StaffSummary(String username, String displayName, String email, Set<String> roles, List<String> classes) {

    public StaffSummary {
        roles = Set.copyOf(roles);
        classes = List.copyOf(classes);
    }
}
