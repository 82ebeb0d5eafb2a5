/**
 * Small shared vocabulary every module may use: the school's time zone and how dates and times are
 * written on screen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.safepost.common;
