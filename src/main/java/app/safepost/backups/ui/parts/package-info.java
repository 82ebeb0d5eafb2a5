/**
 * The backups' screen parts other modules' screens show: the card with the last good backup and the
 * last restore drill.
 */
@NamedInterface("ui-parts")
@NullMarked
package app.safepost.backups.ui.parts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
