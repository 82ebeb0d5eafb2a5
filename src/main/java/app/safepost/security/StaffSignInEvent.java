package app.safepost.security;

/**
 * A member of staff has just signed in through the school's single sign-on, or put another of their
 * schools in hand, with what their claims say about them and that school in hand. Published while
 * they are already the signed-in user, so whatever a listener records is recorded as theirs.
 */
public record StaffSignInEvent(SignedInStaff staff) {}
