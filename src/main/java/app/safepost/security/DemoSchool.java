package app.safepost.security;

import java.util.List;

/**
 * A school of the demo trust ({@code demo/trust/schools.csv}): its fictional URN, which the demo
 * Keycloak realm's {@code schools} attributes use too, and its profile.
 *
 * @param shortName how the demo trust's staff lists name it
 */
public record DemoSchool(
        String urn,
        String name,
        String shortName,
        String contactEmail,
        String contactPhone,
        String address,
        String wholeSchoolHandle) {

    public static final String RESOURCE = "demo/trust/schools.csv";
    /** Jesse Gray Primary, the demo school. */
    public static final String JESSE_GRAY_URN = "990001";

    public static final String FENWICK_ROAD_URN = "990002";

    public static List<DemoSchool> all() {
        return DemoCsv.rows(RESOURCE).stream()
                .map(row -> new DemoSchool(
                        row.get("urn"),
                        row.get("name"),
                        row.get("short_name"),
                        row.get("contact_email"),
                        row.get("contact_phone"),
                        row.get("address"),
                        row.get("whole_school_handle")))
                .toList();
    }

    static DemoSchool named(String shortName) {
        return all().stream()
                .filter(s -> s.shortName().equals(shortName.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo school named " + shortName));
    }
}
