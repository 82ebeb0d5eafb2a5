/**
 * Small shared vocabulary every module may use: the school's time zone, how dates and times are
 * written on screen, formula-safe CSV, text a PDF page can show, A4 pages to write it on, and the one shape of a refusal with a message
 * per field ({@link app.safepost.common.FieldRefusal}).
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
@NullMarked
package app.safepost.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
