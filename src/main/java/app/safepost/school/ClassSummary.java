package app.safepost.school;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A class with the usernames of the staff who run it. */
public record ClassSummary(
        ClassId id,
        String name,
        String yearGroup,
        String nickname,
        @Nullable String classTeacher,
        List<String> assistants) {

    public ClassSummary {
        assistants = List.copyOf(assistants);
    }

    public boolean isStaffedBy(String username) {
        return username.equals(classTeacher) || assistants.contains(username);
    }

    /** Reception first, then year 1 to 6. */
    public int yearOrder() {
        return "R".equals(yearGroup) ? 0 : Integer.parseInt(yearGroup);
    }
}
