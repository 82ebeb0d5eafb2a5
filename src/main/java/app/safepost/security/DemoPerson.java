package app.safepost.security;

import app.safepost.security.ClaimedStaff.ClaimedSchool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * A person of the demo trust, as the local demo sign-in knows them: Jesse Gray's staff
 * ({@code demo/staff.csv}), Fenwick Road's ({@code demo/trust/fenwick-road-staff.csv}) and the
 * trust's people ({@code demo/trust/trust-staff.csv}), in the demo schools they work in.
 *
 * @param bySchool what they hold in each demo school they work in, by URN
 */
public record DemoPerson(
        String username, String displayName, String email, Set<String> trustRoles, Map<String, DemoStaff> bySchool) {

    public DemoPerson {
        trustRoles = Set.copyOf(trustRoles);
        bySchool = Collections.unmodifiableMap(new LinkedHashMap<>(bySchool));
    }

    /** Everyone of the demo trust, each school's staff first, then the trust's people. */
    public static List<DemoPerson> everyone() {
        var people = new ArrayList<DemoPerson>();
        DemoCsv.rows("demo/staff.csv").forEach(row -> people.add(ofOneSchool(row, DemoSchool.JESSE_GRAY_URN)));
        DemoCsv.rows("demo/trust/fenwick-road-staff.csv")
                .forEach(row -> people.add(ofOneSchool(row, DemoSchool.FENWICK_ROAD_URN)));
        DemoCsv.rows("demo/trust/trust-staff.csv").forEach(row -> people.add(ofTheTrust(row)));
        return people;
    }

    /** What a sign-in with a {@code schools} claim would say about them. */
    ClaimedStaff claimed() {
        var schools = new LinkedHashMap<String, ClaimedSchool>();
        bySchool.forEach((urn, staff) -> schools.put(urn, new ClaimedSchool(staff.roles(), staff.classes())));
        return new ClaimedStaff(username, displayName, email, trustRoles, Set.of(), List.of(), schools);
    }

    private static DemoPerson ofOneSchool(CSVRecord row, String urn) {
        var staff = new DemoStaff(
                row.get("username"),
                row.get("display_name"),
                row.get("email"),
                DemoCsv.split(row.get("roles")),
                DemoCsv.split(row.get("classes")));
        return new DemoPerson(staff.username(), staff.displayName(), staff.email(), Set.of(), Map.of(urn, staff));
    }

    /** A row naming its schools ({@code *}: every one) and each class as {@code school:class}. */
    private static DemoPerson ofTheTrust(CSVRecord row) {
        var roles = DemoCsv.split(row.get("roles"));
        var schoolRoles = roles.stream().filter(r -> !Roles.TRUST.contains(r)).toList();
        var bySchool = new LinkedHashMap<String, DemoStaff>();
        var schools = "*".equals(row.get("schools").strip()) ? List.<String>of() : DemoCsv.split(row.get("schools"));
        for (var name : schools) {
            var prefix = name + ":";
            var classes = DemoCsv.split(row.get("classes")).stream()
                    .filter(c -> c.startsWith(prefix))
                    .map(c -> c.substring(prefix.length()).strip())
                    .toList();
            bySchool.put(
                    DemoSchool.named(name).urn(),
                    new DemoStaff(
                            row.get("username"), row.get("display_name"), row.get("email"), schoolRoles, classes));
        }
        return new DemoPerson(
                row.get("username"), row.get("display_name"), row.get("email"), Roles.trust(roles), bySchool);
    }
}
