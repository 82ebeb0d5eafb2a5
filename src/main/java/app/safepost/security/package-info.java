/**
 * Who is signed in and what they may do: the role names, the current staff member, the local demo
 * sign-in and (with an issuer configured) the school's single sign-on.
 */
@ApplicationModule(displayName = "Security")
@NullMarked
package app.safepost.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
