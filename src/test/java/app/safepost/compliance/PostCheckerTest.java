package app.safepost.compliance;

import static app.safepost.compliance.Checks.CLASS;
import static app.safepost.compliance.Checks.WHOLE_SCHOOL;
import static app.safepost.compliance.Checks.check;
import static app.safepost.compliance.Checks.spanOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offsets, alt texts, verdicts and messages of whole checks on the demo roster. */
class PostCheckerTest {

    @ParameterizedTest(name = "\"{0}\" points at {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Well done Amelia Khan                 | 10 | 21
            🎉Well done Amelia Khan               | 12 | 23
            🎉 Well done Amelia Khan              | 13 | 24
            👨‍👩‍👧 Amelia Khan                        | 9  | 20
            𝓗𝓲 Amelia Khan                        | 5  | 16
            Zoe\u0308 Frost won                   | 0  | 10
            Well done Amelia Khan's team          | 10 | 21
            """)
    void spans_are_utf16_offsets_into_the_text(String text, int start, int end) {
        text = text.replace("\\u0308", "\u0308");
        var finding = check("whole-school", text).findings().getFirst();

        assertThat(finding.clause()).isEqualTo("P12");
        assertThat(finding.start()).isEqualTo(start);
        assertThat(finding.end()).isEqualTo(end);
        assertThat(finding.pointsIntoText()).isTrue();
    }

    @Test
    void an_emoji_before_the_name_moves_the_span_by_two_utf16_units() {
        String text = "🎉Well done Amelia Khan";
        var finding = check("whole-school", text).findings().getFirst();

        assertThat(finding.start()).isEqualTo(12);
        assertThat(text.codePointCount(0, finding.start())).isEqualTo(11);
        assertThat(spanOf(text, finding)).isEqualTo("Amelia Khan");
    }

    @Test
    void alt_texts_are_checked_and_findings_say_which_alt_text_they_point_into() {
        var post = new PostUnderCheck(
                "Our science fair", List.of("A volcano", "Amelia Khan holding a volcano"), List.of());
        var result = DemoRoster.CHECKER.check(WHOLE_SCHOOL, post);

        assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(result.findings())
                .extracting(Finding::clause, Finding::altText, Finding::start, Finding::end)
                .containsExactly(tuple("P12", 1, 0, 11));
        assertThat(result.findings().getFirst().pointsIntoAltText()).isTrue();
        assertThat(result.findings().getFirst().message()).contains("alt text 2");
    }

    @Test
    void alt_texts_are_folded_as_the_text_is() {
        String lookAlike = "\u0410m\u0435l\u0456\u0430 \u041Ah\u0430n"; // Аmеlіа Кhаn, Cyrillic letters among Latin
        var post = new PostUnderCheck(
                "Our science fair", List.of("A volcano", lookAlike + " holding a volcano"), List.of());
        var result = DemoRoster.CHECKER.check(WHOLE_SCHOOL, post);

        assertThat(result.findings())
                .extracting(Finding::clause, Finding::altText, Finding::start, Finding::end)
                .containsExactly(tuple("P12", 1, 0, 11));
    }

    @Test
    void class_accounts_use_initials_in_alt_texts_too() {
        var post = new PostUnderCheck("Science!", List.of("Amelia holding a volcano"), List.of());

        assertThat(DemoRoster.CHECKER.check(CLASS, post).findings())
                .extracting(Finding::clause, Finding::severity, Finding::altText)
                .containsExactly(tuple("P13", Severity.BLOCK, 0));
        assertThat(DemoRoster.CHECKER.check(WHOLE_SCHOOL, post).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void a_clean_post_passes_with_no_findings() {
        var result = check("class", "What a morning! Class 3 built volcanoes and learned about eruptions. #science");

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.findings()).isEmpty();
        assertThat(result.passes()).isTrue();
    }

    @Test
    void the_verdict_is_the_most_severe_finding() {
        var result = check("whole-school", "Khan was brilliant, and so was Amelia Khan");

        assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.WARN, Severity.BLOCK);
        assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(check("whole-school", "Khan was brilliant").verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void findings_come_in_text_order() {
        String text = "Khan! Then Amelia Khan. Call 07700 900123";
        var result = check("whole-school", text);

        assertThat(result.findings())
                .extracting(f -> spanOf(text, f))
                .containsExactly("Khan", "Amelia Khan", "07700 900123");
    }

    @Test
    void messages_say_the_clause_and_what_to_do() {
        var onClass = check("class", "Well done Amelia Khan").findings().getFirst();
        var onSchool = check("whole-school", "Well done Amelia Khan").findings().getFirst();
        var firstName = check("class", "Well done Chidi").findings().getFirst();

        assertThat(onClass.message()).startsWith("P12").contains("use initials only: A.K.");
        assertThat(onSchool.message()).startsWith("P12").contains("first name alone or initials (A.K.)");
        assertThat(firstName.message()).startsWith("P13").contains("Write C.T. instead of the first name");
    }

    @Test
    void a_shared_first_name_does_not_guess_whose_initials_to_suggest() {
        var finding = check("class", "Well done Poppy").findings().getFirst();

        assertThat(finding.message()).contains("Write the pupil's initials instead");
    }

    @Test
    void the_preferred_name_gives_the_initials() {
        assertThat(check("class", "Tom Okafor read").findings().getFirst().message())
                .contains("T.O.");
        assertThat(check("class", "Thomas Okafor read").findings().getFirst().message())
                .contains("T.O.");
        assertThat(check("class", "Teddy da Silva read").findings().getFirst().message())
                .contains("T.D.");
    }

    @Test
    void a_name_hidden_by_a_right_to_left_override_points_at_what_was_typed() {
        String text = "Well done \u202Enahk ailemA\u202C, and 🎉\u202Enahk\u202C";
        var result = check("whole-school", text);

        assertThat(result.findings())
                .extracting(Finding::clause, f -> spanOf(text, f))
                .containsExactly(
                        tuple("hidden-characters", "\u202Enahk ailemA\u202C"), tuple("P12", "nahk ailemA"),
                        tuple("hidden-characters", "\u202Enahk\u202C"), tuple("P12", "nahk"));
        assertThat(result.findings().get(1).message()).doesNotContain("Khan").contains("A.K.");
    }

    @Test
    void broken_text_with_direction_controls_is_checked_without_failing() {
        for (String text : List.of(
                "\u202E\uD835",
                "\uDC00\u202E\uD835\uDC00\u202C",
                "\u202E",
                "\u2069\u2069",
                "\u202E\n\u202E\r\n",
                "a\u202Eb\uD83C\uDF89\uDC00c\u202Cd",
                "\u202B\u05D0\uD835\uDC00\u202C")) {
            var result = check("class", text);

            assertThat(result.verdict()).as(text).isEqualTo(Verdict.BLOCK);
            assertThat(result.findings()).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(text.length()));
        }
    }

    @Test
    void an_empty_roster_finds_no_names() {
        var checker = new PostChecker(RosterIndex.empty());

        assertThat(checker.check(CLASS, PostUnderCheck.text("Well done Amelia Khan"))
                        .verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void an_empty_text_passes() {
        assertThat(check("class", "").verdict()).isEqualTo(Verdict.PASS);
        assertThat(check("class", "   \n ").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void the_api_names_of_verdicts_and_severities_are_lower_case() {
        assertThat(Verdict.values()).extracting(Verdict::apiName).containsExactly("pass", "warn", "block");
        assertThat(Severity.values()).extracting(Severity::apiName).containsExactly("block", "warn");
        assertThat(AccountRules.Kind.values())
                .extracting(AccountRules.Kind::apiName)
                .containsExactly("class", "whole-school");
    }
}
