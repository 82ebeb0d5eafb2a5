/**
 * The school itself: its profile, classes, staff and the register of school devices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "School")
@NullMarked
package app.safepost.school;

import org.jspecify.annotations.NullMarked;
