/**
 * Approval: SLT (the head included) review submitted drafts oldest first and approve, schedule or
 * send them back. Four eyes: nobody approves their own draft; every decision names the draft version
 * it was made on and runs the policy checks again. An approval hands the post to publishing in the
 * same transaction. Also the follow-up when a pupil's image consent is withdrawn, and SLT's review of
 * posts written under a trip delegation (P2).
 */
@ApplicationModule(displayName = "Approval")
@NullMarked
package app.safepost.approval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
