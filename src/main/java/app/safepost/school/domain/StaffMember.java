package app.safepost.school.domain;

import app.safepost.database.SchoolRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;

/** A member of staff as the school knows them: from the demo data or their single sign-on claims. */
@Entity
@Table(name = "staff_member")
@Audited
public class StaffMember extends SchoolRecord {

    @Column(nullable = false, length = 120)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    /** Realm roles, comma-separated and sorted, as last seen at sign-in. */
    @Column(nullable = false, length = 300)
    private String roles;

    protected StaffMember() {}

    public StaffMember(String username, String displayName, String email, Collection<String> roles) {
        this.username = username;
        update(displayName, email, roles);
    }

    public void update(String displayName, String email, Collection<String> roles) {
        this.displayName = displayName;
        this.email = email;
        this.roles = String.join(",", new TreeSet<>(roles));
    }

    /** Whether the record already says this, so an unchanged sign-in writes no revision. */
    public boolean matches(String displayName, String email, Collection<String> roles) {
        return this.displayName.equals(displayName)
                && Objects.equals(this.email, email)
                && this.roles.equals(String.join(",", new TreeSet<>(roles)));
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Set<String> getRoles() {
        var set = new TreeSet<String>();
        if (!roles.isBlank()) {
            set.addAll(Arrays.asList(roles.split(",")));
        }
        return set;
    }
}
