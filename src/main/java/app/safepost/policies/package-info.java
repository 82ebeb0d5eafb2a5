/**
 * The school's policies and their review (P16, P17). The social-media policy is the specification
 * the rest of the portal enforces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policies")
package app.safepost.policies;
