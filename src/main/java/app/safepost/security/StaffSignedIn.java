package app.safepost.security;

/**
 * A member of staff has just signed in through the school's single sign-on, with what their claims
 * say about them. Published while they are already the signed-in user, so whatever a listener records
 * is recorded as theirs.
 */
public record StaffSignedIn(SignedInStaff staff) {
}
