/**
 * The school itself: its profile, classes, staff and the register of school devices.
 */
@ApplicationModule(displayName = "School")
@NullMarked
package app.safepost.school;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
