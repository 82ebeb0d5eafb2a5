/**
 * The one way every screen does the common things: {@link app.safepost.common.ui.FieldErrors} puts a
 * refusal's messages beside its fields, {@link app.safepost.common.ui.Notices} says how an action
 * went, {@link app.safepost.common.ui.SchoolTimeFields} makes date and time pickers, and a view adds
 * the stylesheet's {@code screen} class for its edge rather than a padding of its own.
 */
@NullMarked
package app.safepost.common.ui;

import org.jspecify.annotations.NullMarked;
