/**
 * Protecting the school's accounts: incidents and their handling (P10, P11), the follower register
 * with block decisions (P7), follow exceptions (P9), and the governors' termly report.
 */
@ApplicationModule(displayName = "Moderation")
@NullMarked
package app.safepost.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
