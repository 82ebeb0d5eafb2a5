/**
 * The school's policies and their review (P16, P17). The social-media policy is the specification
 * the rest of the portal enforces.
 */
@ApplicationModule(displayName = "Policies")
@NullMarked
package app.safepost.policies;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
