package app.safepost.policies;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A policy's current version and when it is next due for review. */
public record PolicySummary(String title, int version, String owner, @Nullable LocalDate adoptedOn,
                            @Nullable LocalDate reviewDue) {

    /** Overdue once the review date has passed without a newer version. */
    public boolean isOverdueOn(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today);
    }
}
