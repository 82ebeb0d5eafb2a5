package app.safepost.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The state of a record as Envers stored it at one revision, with the revision's author. */
public record RevisionSnapshot(
        long revision, Instant at, String by, Set<String> roles, ChangeType type, Map<String, Object> fields) {}
