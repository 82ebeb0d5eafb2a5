package app.safepost.security;

/** A principal that knows the staff member it stands for (demo users, SSO users). */
public interface StaffPrincipal {

    SignedInStaff staff();
}
