/**
 * Photo intake (P3, P14, P15): the type decided from the bytes, limits checked before decoding,
 * metadata read for the device check and then stripped, pixels oriented, covers burned in on the
 * server. Other modules use {@link app.safepost.media.MediaLibrary}; the draft editor also uses the
 * reusable components in {@code media.ui.parts}.
 */
@ApplicationModule(displayName = "Media")
@NullMarked
package app.safepost.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
