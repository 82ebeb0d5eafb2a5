/**
 * The publishing screen parts other modules' screens show: the take-down confirmation, so that a post
 * is taken down the same way wherever SLT meet it. Published as the named interface "ui-parts".
 */
@NamedInterface("ui-parts")
package app.safepost.publishing.ui.parts;

import org.springframework.modulith.NamedInterface;
