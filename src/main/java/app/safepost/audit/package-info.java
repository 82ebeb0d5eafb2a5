/**
 * The audit trail: Envers revision entity (who, with which roles, when) and the history of any
 * audited record as read-only records.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package app.safepost.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
