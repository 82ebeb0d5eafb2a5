/**
 * The school's social-media accounts: the whole-school account and one per class.
 */
@ApplicationModule(displayName = "Accounts")
@NullMarked
package app.safepost.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
