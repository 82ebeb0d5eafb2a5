package app.safepost.compliance;

import static app.safepost.compliance.Checks.WHOLE_SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P15: who the photos show, against image consent. */
class PhotoConsentTest {

    private static final PostChecker CHECKER = new PostChecker(RosterIndex.build(withALeaver()));

    private static List<RosterPupil> withALeaver() {
        var pupils = new ArrayList<>(DemoRoster.PUPILS);
        pupils.add(new RosterPupil("J820300199999", "Ada", "Lovelace", null, "Class 6", true, true));
        return pupils;
    }

    @ParameterizedTest(name = "{0} (covered {1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # Amelia Khan has consent; Faith McDonald and Mo Frost have not
            J820300120086 | false | pass  |
            J820300120086 | true  | pass  |
            J820300124002 | false | block | has no image consent
            J820300124002 | true  | pass  |
            J820300122029 | false | block | (M.F.) has no image consent
            j820300122029 | true  | pass  |
            J820300199999 | false | block | has left the school
            J820300199999 | true  | block | has left the school
            J820300100000 | false | block | is not on the roster
            J820300100000 | true  | block | is not on the roster
            ''            | true  | block | is not on the roster
            """)
    void pupils_in_photos_need_consent_or_cover(String upn, boolean covered, String verdict, String message) {
        var post = new PostUnderCheck("Sports day", List.of(), List.of(new PupilInMedia(upn, covered)));
        var result = CHECKER.check(WHOLE_SCHOOL, post);

        assertThat(result.verdict().apiName()).isEqualTo(verdict);
        if (message != null) {
            var finding = result.findings().getFirst();
            assertThat(finding.clause()).isEqualTo("P15");
            assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
            assertThat(finding.message()).startsWith("P15").contains(message);
            assertThat(finding.start()).isEqualTo(-1);
            assertThat(finding.end()).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two uncovered pupils without consent give two findings | 2
            """)
    void each_pupil_without_consent_is_its_own_finding(String description, int findings) {
        var post = new PostUnderCheck(
                "Trip",
                List.of(),
                List.of(
                        new PupilInMedia("J820300124002", false),
                        new PupilInMedia("J820300122029", false),
                        new PupilInMedia("J820300124002", false),
                        new PupilInMedia("J820300120086", false)));

        assertThat(CHECKER.check(WHOLE_SCHOOL, post).findings()).hasSize(findings);
    }
}
