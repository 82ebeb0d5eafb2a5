/**
 * The trust's central team: the overview of every school of the trust (what waits, what is open,
 * what is overdue, each school's latest integrity check), gathered school by school through each
 * module's public services with that school in hand, and adding a school to the trust with its own
 * profile, whole-school account and policy. Read-only across schools: the trust's roles never draft,
 * approve or read the roster (docs/decisions/0030-the-trust-team.md).
 */
@ApplicationModule(displayName = "Trust")
@NullMarked
package app.safepost.trust;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
