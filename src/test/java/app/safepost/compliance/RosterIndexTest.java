package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The roster index: what it maps, and that it is made once per roster. */
class RosterIndexTest {

    private final RosterIndex index = DemoRoster.INDEX;

    @Test
    void every_demo_pupil_is_indexed_by_upn() {
        assertThat(index.size()).isEqualTo(196);
        assertThat(index.pupil("J820300120086"))
                .hasValueSatisfying(p -> assertThat(p.firstName()).isEqualTo("Amelia"));
        assertThat(index.pupil(" j820300120086 ")).isPresent();
        assertThat(index.pupil("J000000000000")).isEmpty();
        assertThat(index.pupil(null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is a first name {1}, a surname {2}, an ordinary word {3}")
    @CsvSource(delimiter = '|', textBlock = """
            amelia       | true  | false | false
            khan         | false | true  | false
            hope         | true  | true  | true
            may          | true  | true  | true
            thomas       | true  | true  | false
            tom          | true  | false | false
            teddy        | true  | false | true
            van der berg | false | true  | false
            vanderberg   | false | true  | false
            ward prowse  | false | true  | false
            wardprowse   | false | true  | false
            oneill       | false | true  | false
            mueller      | false | true  | false
            zoe          | true  | false | false
            """)
    void names_are_indexed_by_their_normalised_words(String key, boolean given, boolean surname, boolean ordinary) {
        int id = index.phrases.get(key);

        assertThat(id).isNotNegative();
        assertThat(index.isGiven(id)).isEqualTo(given);
        assertThat(index.isSurname(id)).isEqualTo(surname);
        assertThat(index.isOrdinary(id)).isEqualTo(ordinary);
    }

    @Test
    void the_start_of_a_surname_of_several_words_is_only_a_stepping_stone() {
        int van = index.phrases.get("van");
        int vanDer = index.phrases.get("van der");

        assertThat(index.isGiven(van) || index.isSurname(van)).isFalse();
        assertThat(index.isGiven(vanDer) || index.isSurname(vanDer)).isFalse();
    }

    @Test
    void only_real_pairs_are_pairs() {
        int amelia = index.phrases.get("amelia");

        assertThat(index.pairs.get(amelia, index.phrases.get("khan"))).isNotNegative();
        assertThat(index.pairs.get(amelia, index.phrases.get("strong"))).isNotNegative();
        assertThat(index.pairs.get(amelia, index.phrases.get("davies"))).isNegative();
        assertThat(index.joined.get("ameliakhan")).isNotNegative();
        assertThat(index.joined.get("khanamelia")).isNotNegative();
        assertThat(index.joined.get("tomokafor")).isNotNegative();
        assertThat(index.joined.get("ameliadavies")).isNegative();
    }

    @Test
    void archived_pupils_stay_in_the_index_because_their_names_are_still_a_childs() {
        var roster = new ArrayList<>(DemoRoster.PUPILS);
        roster.add(new RosterPupil("J820300199999", "Ada", "Lovelace", null, "Class 6", true, true));
        var checker = new PostChecker(RosterIndex.build(roster));

        assertThat(checker.check(Checks.WHOLE_SCHOOL, PostUnderCheck.text("Ada Lovelace visited"))
                        .verdict())
                .isEqualTo(Verdict.BLOCK);
    }

    @Test
    void the_schools_name_is_kept_with_its_roster_in_full_and_shortened_but_never_hides_a_pupils_name() {
        // a school named after a demo pupil's full name, as a test of the worst case
        var checker = new PostChecker(RosterIndex.build(DemoRoster.PUPILS, "Florence Hope Academy"));

        assertThat(joined(checker.roster().schoolNames)).containsExactly("florence hope academy");
        assertThat(checker.check(Checks.CLASS, PostUnderCheck.text("News from Florence Hope Academy"))
                        .verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(checker.check(Checks.CLASS, PostUnderCheck.text("Go #FlorenceHopeAcademy"))
                        .verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(checker.check(Checks.CLASS, PostUnderCheck.text("Well done Florence Hope"))
                        .verdict())
                .isEqualTo(Verdict.BLOCK);
        assertThat(joined(DemoRoster.INDEX.schoolNames))
                .containsExactly("jesse gray primary school", "jesse gray primary", "jesse gray");
        assertThat(RosterIndex.build(DemoRoster.PUPILS).schoolNames).isEmpty();
    }

    private static List<String> joined(String[][] names) {
        return java.util.Arrays.stream(names)
                .map(words -> String.join(" ", words))
                .toList();
    }

    @Test
    void the_service_uses_a_new_roster_from_the_next_check_on() {
        var checks = new ComplianceChecks(Clock.systemUTC());
        var post = PostUnderCheck.text("Well done Amelia Khan");

        assertThat(checks.check(Checks.WHOLE_SCHOOL, post).verdict()).isEqualTo(Verdict.PASS);
        checks.update(DemoRoster.PUPILS, DemoRoster.SCHOOL_NAME);
        assertThat(checks.pupilsIndexed()).isEqualTo(196);
        assertThat(checks.check(Checks.WHOLE_SCHOOL, post).verdict()).isEqualTo(Verdict.BLOCK);
        checks.update(List.of(), null);
        assertThat(checks.check(Checks.WHOLE_SCHOOL, post).verdict()).isEqualTo(Verdict.PASS);
    }
}
