package app.safepost.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the explorer; {@code next} is where the following (older) page starts, if any. */
public record AuditPage(List<AuditEntry> entries, @Nullable AuditEntry next) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
