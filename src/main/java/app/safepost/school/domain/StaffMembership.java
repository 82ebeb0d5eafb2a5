package app.safepost.school.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * What a person holds in one school of the trust, as their single sign-on last said: that school's
 * roles and the classes named for them there. Kept for every school they work in, whichever is in hand.
 */
@Entity
@Table(name = "staff_membership")
@Audited
public class StaffMembership {

    @Id
    private UUID id = UUID.randomUUID();

    @Version
    private Long version;

    @Column(nullable = false, length = 120)
    private String username;

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    /** Roles, comma-separated and sorted. */
    @Column(nullable = false, length = 300)
    private String roles;

    /** Class names as the claims spell them, separated by semicolons, in the claims' order. */
    @Column(nullable = false, length = 1000)
    private String classes;

    protected StaffMembership() {}

    public StaffMembership(String username, UUID schoolId, Collection<String> roles, List<String> classes) {
        this.username = username;
        this.schoolId = schoolId;
        update(roles, classes);
    }

    /** {@code true} if this changed what the record says. */
    public boolean update(Collection<String> roles, List<String> classes) {
        var newRoles = String.join(",", new TreeSet<>(roles));
        var newClasses = String.join(";", classes);
        if (newRoles.equals(this.roles) && newClasses.equals(this.classes)) {
            return false;
        }
        this.roles = newRoles;
        this.classes = newClasses;
        return true;
    }

    public String getUsername() {
        return username;
    }

    public UUID getSchoolId() {
        return schoolId;
    }

    public Set<String> getRoles() {
        return roles.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    public List<String> getClasses() {
        return classes.isBlank() ? List.of() : List.of(classes.split(";"));
    }
}
