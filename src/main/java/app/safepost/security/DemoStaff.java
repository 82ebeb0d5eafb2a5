package app.safepost.security;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo school's staff ({@code demo/staff.csv}): the same people and roles as the demo Keycloak
 * realm. Read by the local demo sign-in and by the demo school loader.
 */
public record DemoStaff(String username, String displayName, String email, List<String> roles,
                        List<String> classes) {

    public static final String RESOURCE = "demo/staff.csv";

    public DemoStaff {
        roles = List.copyOf(roles);
        classes = List.copyOf(classes);
    }

    public static List<DemoStaff> load() {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            return parser.stream()
                    .map(row -> new DemoStaff(row.get("username"), row.get("display_name"), row.get("email"),
                            split(row.get("roles")), split(row.get("classes"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
