package app.safepost.school.api;

import app.safepost.school.SchoolDirectory;
import app.safepost.school.Schools;
import app.safepost.security.PortalSchool;
import app.safepost.security.Roles;
import app.safepost.security.SchoolNotNeeded;
import app.safepost.security.SignedInStaff;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the caller is, their roles and classes in the school in hand, and every
 * school they work in. It needs no {@code Safepost-School} header: it is how a caller finds the ids.
 */
@RestController
@RequestMapping("/api/v1")
class MeApi {

    private final SchoolDirectory directory;
    private final Schools schools;

    MeApi(SchoolDirectory directory, Schools schools) {
        this.directory = directory;
        this.schools = schools;
    }

    record Me(
            String username,
            String displayName,
            List<String> roles,
            List<String> classes,
            @Nullable SchoolName school,
            List<SchoolHeld> schools) {}

    record SchoolName(String id, String name) {}

    record SchoolHeld(String id, String name, List<String> roles, List<String> classes) {}

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    @SchoolNotNeeded
    Me me() {
        var staff = SignedInStaff.current().orElseThrow();
        var names = schools.all().stream().collect(Collectors.toMap(PortalSchool::id, PortalSchool::name, (a, b) -> a));
        var inHand = staff.schoolInHand();
        var classes = inHand == null ? List.<String>of() : classesInHand(staff);
        var held = staff.memberships().stream()
                .map(m -> new SchoolHeld(
                        m.school().toString(),
                        names.getOrDefault(m.school(), ""),
                        rolesIn(staff, m.roles()),
                        m.school().equals(inHand) ? classes : m.classes()))
                .toList();
        return new Me(
                staff.username(),
                staff.displayName(),
                staff.roles().stream().sorted().toList(),
                classes,
                inHand == null ? null : new SchoolName(inHand.toString(), names.getOrDefault(inHand, "")),
                held);
    }

    /** The school directory's classes for the caller, else those their sign-in named. */
    private List<String> classesInHand(SignedInStaff staff) {
        var classes = directory.classesOf(staff.username());
        return classes.isEmpty() ? staff.classes() : classes;
    }

    /** The roles that count in a school: the school's own and the trust's, which hold in every school. */
    private static List<String> rolesIn(SignedInStaff staff, Set<String> schoolRoles) {
        var roles = new LinkedHashSet<String>(schoolRoles);
        roles.addAll(Roles.trust(staff.roles()));
        return roles.stream().sorted().toList();
    }
}
