/**
 * Small shared vocabulary every module may use: the school's time zone, how dates and times are
 * written on screen, formula-safe CSV, text a PDF page can show, and A4 pages to write it on.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Common",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package app.safepost.common;

import org.jspecify.annotations.NullMarked;
