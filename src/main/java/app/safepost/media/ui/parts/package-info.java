/**
 * Components other modules' screens may use to handle photos (the draft editor's upload field, cover
 * editor and preview). Published as the named interface "ui-parts"; the rest of {@code media.ui} is private.
 */
@NamedInterface("ui-parts")
@NullMarked
package app.safepost.media.ui.parts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
