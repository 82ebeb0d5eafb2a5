package app.safepost.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A demo user of the local sign-in, with the shared demo password, the demo schools they work in and
 * the school in hand.
 */
final class DemoStaffUser implements UserDetails, StaffPrincipal {

    private final SignedInStaff staff;
    private final String passwordHash;

    DemoStaffUser(SignedInStaff staff, String passwordHash) {
        this.staff = staff;
        this.passwordHash = passwordHash;
    }

    @Override
    public SignedInStaff staff() {
        return staff;
    }

    /** The same user with another of their schools in hand. */
    DemoStaffUser inSchool(SignedInStaff switched) {
        return new DemoStaffUser(switched, passwordHash);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return StaffClaims.authorities(staff);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.username();
    }

    @Override
    public String toString() {
        return "DemoStaffUser[" + staff.username() + "]";
    }
}
