package app.safepost.compliance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/** The demo school's 196 pupils, read from the roster file the portal ships, and its name. */
final class DemoRoster {

    /** As the demo school's profile has it (demo.DemoSchoolLoader). */
    static final String SCHOOL_NAME = "Jesse Gray Primary School";

    static final List<RosterPupil> PUPILS = load();
    static final RosterIndex INDEX = RosterIndex.build(PUPILS, SCHOOL_NAME);
    static final PostChecker CHECKER = new PostChecker(INDEX);

    private DemoRoster() {}

    static RosterPupil pupil(String firstName, String surname) {
        return PUPILS.stream()
                .filter(p -> p.firstName().equals(firstName) && p.surname().equals(surname))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pupil " + firstName));
    }

    private static List<RosterPupil> load() {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var in = new InputStreamReader(
                Objects.requireNonNull(DemoRoster.class.getResourceAsStream("/demo/pupils.csv")),
                StandardCharsets.UTF_8)) {
            var pupils = new ArrayList<RosterPupil>();
            for (var row : format.parse(in)) {
                pupils.add(new RosterPupil(
                        row.get("upn"),
                        row.get("first_name"),
                        row.get("surname"),
                        row.get("preferred_name"),
                        row.get("class"),
                        "yes".equals(row.get("image_consent")),
                        false));
            }
            return List.copyOf(pupils);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
