/**
 * Small shared vocabulary every module may use: the school's time zone, how dates and times are
 * written on screen, and formula-safe CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.safepost.common;
