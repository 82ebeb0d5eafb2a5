/**
 * The portal's frame: main layout with navigation by role, the home dashboard, error and
 * access-denied pages, and the API's error answers.
 */
@ApplicationModule(displayName = "Shell")
@NullMarked
package app.safepost.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
