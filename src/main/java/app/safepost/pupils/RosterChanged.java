package app.safepost.pupils;

import java.time.Instant;

/**
 * Something on the roster changed: a pupil added, renamed, moved, archived or their consent
 * recorded. Published inside the changing transaction; listeners that keep a copy of the roster (the
 * compliance checks' name index) refresh it after the commit. Carries no names: a listener reads the
 * roster again.
 */
public record RosterChanged(Instant changedAt) {}
