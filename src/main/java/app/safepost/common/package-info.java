/**
 * Small shared vocabulary every module may use: the school's time zone, how dates and times are
 * written on screen, formula-safe CSV, text a PDF page can show, and A4 pages to write it on.
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
@NullMarked
package app.safepost.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
