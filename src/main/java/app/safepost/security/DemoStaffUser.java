package app.safepost.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A demo user of the local sign-in: a demo staff member with the shared demo password. */
final class DemoStaffUser implements UserDetails, StaffPrincipal {

    private final SignedInStaff staff;
    private final String passwordHash;

    DemoStaffUser(DemoStaff demo, String passwordHash) {
        this.staff = new SignedInStaff(demo.username(), demo.displayName(), demo.email(),
                Roles.effective(demo.roles()), demo.classes());
        this.passwordHash = passwordHash;
    }

    @Override
    public SignedInStaff staff() {
        return staff;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = staff.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return authorities;
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
