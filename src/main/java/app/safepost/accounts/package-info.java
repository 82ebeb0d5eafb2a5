/**
 * The school's social-media accounts: the whole-school account and one per class.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package app.safepost.accounts;
