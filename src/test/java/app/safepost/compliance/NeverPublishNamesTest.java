package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Safeguarding: a pupil flagged "never publish" is never named or shown, on any account, and nobody overrides it. */
class NeverPublishNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final List<PurposeConsent> EVERY_SOCIAL_PURPOSE =
            List.of(new PurposeConsent("class-social", null), new PurposeConsent("school-social", null));
    private static final List<RosterPupil> ROSTER = List.of(
            new RosterPupil("T00000000011A", "Kacper", "Nowak", "Kas", "Class 3", EVERY_SOCIAL_PURPOSE, true, false),
            new RosterPupil("T00000000012A", "Hope", "Adams", null, "Class 4", EVERY_SOCIAL_PURPOSE, true, false),
            new RosterPupil("T00000000013A", "Amelia", "Khan", null, "Class 3", EVERY_SOCIAL_PURPOSE, false, false),
            new RosterPupil("T00000000014A", "Zara", "Lewis", null, "Class 3", EVERY_SOCIAL_PURPOSE, false, false));
    private static final PostChecker CHECKER = new PostChecker(RosterIndex.build(ROSTER));
    private static final AccountRules CLASS =
            new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.X, Guidance.none());
    private static final AccountRules WHOLE_SCHOOL =
            new AccountRules(AccountRules.Kind.WHOLE_SCHOOL, AccountRules.Platform.X, Guidance.none());

    private static AccountRules account(String kind) {
        return kind.equals("class") ? CLASS : WHOLE_SCHOOL;
    }

    @ParameterizedTest(name = "{0}: \"{1}\" → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            whole-school | Well done Kacper!                 | block | Kacper
            class        | Well done Kacper!                 | block | Kacper
            whole-school | Kas scored the winning goal       | block | Kas
            whole-school | KACPER's painting                 | block | KACPER
            whole-school | #WellDoneKacper                   | block | #WellDoneKacper
            whole-school | Thank you @kacper_n               | block | @kacper_n
            whole-school | Hope won the race                 | block | Hope
            whole-school | We hope you enjoy the show        | warn  | hope
            whole-school | Well done K.N. for your poem      | warn  | K.N
            whole-school | Well done KN for your poem        | warn  | KN
            whole-school | Well done Amelia and Zara         | pass  |
            whole-school | A kayak trip for Class 3          | pass  |
            """)
    void a_flagged_pupils_name_blocks_on_every_account_and_initials_warn(
            String kind, String text, String verdict, String span) {
        var result = CHECKER.check(account(kind), PostUnderCheck.text(text), DAY);

        var findings = result.findings().stream()
                .filter(f -> f.clause().equals("never-publish"))
                .toList();
        if (span == null) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity().apiName()).isEqualTo(verdict);
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(span);
            assertThat(finding.message()).startsWith("Never publish").doesNotContain("Nowak", "Adams");
        });
        assertThat(result.verdict().apiName()).isEqualTo(verdict);
    }

    @Test
    void a_flagged_pupils_name_in_an_alt_text_blocks_and_says_which() {
        var post = new PostUnderCheck("Art week", List.of("A painting", "Kacper holding his painting"), List.of());

        var result = CHECKER.check(WHOLE_SCHOOL, post, DAY);

        assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.altText()).isEqualTo(1);
            assertThat(finding.message()).contains("alt text 2");
        });
    }

    @ParameterizedTest(name = "covered {0}")
    @CsvSource({"false", "true"})
    void a_flagged_pupil_in_a_photo_blocks_even_when_covered(boolean covered) {
        var post = new PostUnderCheck("Sports day", List.of(), List.of(new PupilInMedia("T00000000011A", covered)));

        for (var account : List.of(CLASS, WHOLE_SCHOOL)) {
            var result = CHECKER.check(account, post, DAY);

            assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(result.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.clause()).isEqualTo("never-publish");
                assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
                assertThat(finding.message()).contains("covered or not").doesNotContain("Nowak", "Kacper");
            });
        }
    }

    @Test
    void other_pupils_in_the_same_photo_are_judged_as_usual() {
        var post = new PostUnderCheck("Sports day", List.of(), List.of(new PupilInMedia("T00000000013A", false)));

        assertThat(CHECKER.check(WHOLE_SCHOOL, post, DAY).verdict()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "\"{0}\" names Kacper: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kacper's painting won      | true
            Well done Kas              | true
            #GoKacper                  | true
            Well done K.N.             | false
            A kayak trip               | false
            """)
    void the_drafts_and_posts_that_name_a_pupil_are_found_by_the_same_rule(String text, boolean names) {
        var kacper = new RosterPupil("T00000000011A", "Kacper", "Nowak", "Kas", "Class 3", List.of(), false, false);

        assertThat(new ComplianceChecks(Clock.systemUTC()).namesOf(kacper).test(text))
                .isEqualTo(names);
    }
}
