package app.safepost.school.api;

import app.safepost.school.SchoolDirectory;
import app.safepost.security.SignedInStaff;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, their roles and classes. */
@RestController
@RequestMapping("/api/v1")
class MeApi {

    private final SchoolDirectory directory;

    MeApi(SchoolDirectory directory) {
        this.directory = directory;
    }

    record Me(String username, String displayName, List<String> roles, List<String> classes) {
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    Me me() {
        var staff = SignedInStaff.current().orElseThrow();
        var classes = directory.classesOf(staff.username());
        return new Me(staff.username(), staff.displayName(), staff.roles().stream().sorted().toList(),
                classes.isEmpty() ? staff.classes() : classes);
    }
}
