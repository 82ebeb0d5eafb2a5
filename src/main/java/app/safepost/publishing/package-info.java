/**
 * Publishing: approved posts go into an outbox in the approver's transaction; a scheduler that is safe
 * with several portal instances on one database sends them when due, through one publisher per
 * platform (or the sandbox), at most once each; the published register and takedown.
 */
@ApplicationModule(displayName = "Publishing")
@NullMarked
package app.safepost.publishing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
