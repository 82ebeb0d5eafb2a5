/**
 * Components other modules' screens may use to show drafts (the post's text with what the checks found
 * marked). Published as the named interface "ui-parts"; the rest of {@code drafting.ui} is private.
 */
@NamedInterface("ui-parts")
@NullMarked
package app.safepost.drafting.ui.parts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
