/**
 * The backups' screen parts other modules' screens show: the card with the last good backup and the
 * last restore drill.
 */
@org.springframework.modulith.NamedInterface("ui-parts")
package app.safepost.backups.ui.parts;
