/**
 * The pupil roster and image consents (P14). Other modules read pupils only through
 * {@link app.safepost.pupils.PupilRoster}; governors never see a pupil.
 */
@ApplicationModule(displayName = "Pupils")
@NullMarked
package app.safepost.pupils;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
