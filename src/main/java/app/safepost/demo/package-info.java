/**
 * The fictional demo school (Jesse Gray Primary), loaded on first start in demo mode so one command
 * shows the whole product. Loading goes through the modules' public services and is idempotent.
 */
@ApplicationModule(displayName = "Demo school")
@NullMarked
package app.safepost.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
