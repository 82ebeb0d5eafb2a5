package app.safepost.audit;

import app.safepost.security.SchoolId;

/** A check before anchoring (every night, or an auditor's) found the school's trail altered: SLT are told. */
public record TrailFoundAltered(SchoolId school, IntegrityReport report) {}
