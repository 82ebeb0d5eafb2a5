/**
 * The school itself: its profile, classes, staff and the register of school devices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "School")
package app.safepost.school;
