/**
 * The policy checks on a post before it is submitted: pupils' names (P12, P13), photos of pupils
 * without image consent (P15), the Computing Lead's guidance (P5), and warnings the policy does not
 * name but a school would want (contact details, a trip's live location, the platform's length
 * limit).
 * <p>
 * Pure Java and fast: {@link app.safepost.compliance.RosterIndex} is built once per roster change
 * and {@link app.safepost.compliance.PostChecker} checks a post against it without a database.
 * The module depends on no other module: callers map their accounts, guidance and pupils onto
 * {@link app.safepost.compliance.AccountRules}, {@link app.safepost.compliance.Guidance} and
 * {@link app.safepost.compliance.RosterPupil}, whose enums use the same constant names as the
 * accounts module's.
 */
@ApplicationModule(displayName = "Compliance")
@NullMarked
package app.safepost.compliance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
