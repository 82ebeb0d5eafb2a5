package app.safepost.security;

/** A principal, or an authentication, that knows the staff member it stands for (demo, SSO and API users). */
public interface StaffPrincipal {

    SignedInStaff staff();
}
