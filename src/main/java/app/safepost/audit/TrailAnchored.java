package app.safepost.audit;

import app.safepost.security.SchoolId;

/**
 * A school's chain head was signed and appended to the anchor file, within the transaction of the
 * check that preceded it. {@code line} is the anchor file's line, signature included.
 */
public record TrailAnchored(SchoolId school, ChainAnchor anchor, String line) {}
