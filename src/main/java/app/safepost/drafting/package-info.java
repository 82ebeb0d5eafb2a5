/**
 * Drafting: staff write posts for the accounts they may post to, see the policy checks as they type,
 * save (every saved version kept) and submit for approval. A draft is checked again, against the
 * roster and consents of the moment, when it is saved, submitted and approved; each result is stored
 * with the draft version it judged.
 */
@ApplicationModule(displayName = "Drafting")
@NullMarked
package app.safepost.drafting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
