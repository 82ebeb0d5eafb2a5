/**
 * The backups' screen parts other modules' screens show: the card with the last good backup and the
 * last restore drill.
 */
@org.springframework.modulith.NamedInterface("ui-parts")
@NullMarked
package app.safepost.backups.ui.parts;

import org.jspecify.annotations.NullMarked;
