package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P5: the Computing Lead's guidance, with the severities it sets. */
class GuidanceChecksTest {

    private static final Guidance GUIDANCE = new Guidance(
            Set.of("#JGPKestrels"),
            Set.of("rubbish", "shut up"),
            Set.of("#ad", "sponsored"),
            Set.of("@JGP_Owls", "JesseGrayPrimary"),
            2,
            Severity.WARN,
            Severity.BLOCK,
            Severity.WARN,
            Severity.BLOCK,
            "Tag other classes sparingly.");
    private static final AccountRules ACCOUNT =
            new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.X, GUIDANCE);

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Great work today #JGPKestrels                          | pass  | -     | -
            Great work today #jgpkestrels                          | pass  | -     | -
            Great work today                                       | warn  | warn  | (post)
            Great work today #JGPKestrelsFan                       | warn  | warn  | (post)
            What rubbish weather #JGPKestrels                      | block | block | rubbish
            What RUBBISH weather #JGPKestrels                      | block | block | RUBBISH
            Rubbishes are not words we use #JGPKestrels            | pass  | -     | -
            Nobody said shut up #JGPKestrels                       | block | block | shut up
            Nobody said shut\\nup #JGPKestrels                     | block | block | shut\\nup
            Nobody said shut the door #JGPKestrels                 | pass  | -     | -
            Buy now #ad #JGPKestrels                               | block | block | #ad
            Buy now #AD #JGPKestrels                               | block | block | #AD
            Buy now #adventure #JGPKestrels                        | pass  | -     | -
            Buy now #Sponsored #JGPKestrels                        | block | block | #Sponsored
            Hello @JGP_Owls #JGPKestrels                           | pass  | -     | -
            Hello @jgp_owls and @JesseGrayPrimary #JGPKestrels     | pass  | -     | -
            Hello @SomeoneElse #JGPKestrels                        | warn  | warn  | @SomeoneElse
            Hello @JGP_Owls @JGP_Owls @JGP_Owls #JGPKestrels       | block | block | @JGP_Owls
            Write to office@example.org #JGPKestrels               | warn  | -     | -
            """)
    void the_guidance_is_applied_with_its_severities(String text, String verdict, String p5Severity, String span) {
        text = text.replace("\\n", "\n");
        var result = DemoRoster.CHECKER.check(ACCOUNT, PostUnderCheck.text(text));

        assertThat(result.verdict().apiName()).as("%s", result).isEqualTo(verdict);
        var p5 = result.findings().stream().filter(f -> f.clause().equals("P5")).toList();
        if (p5Severity == null) {
            assertThat(p5).isEmpty();
        } else {
            assertThat(p5).isNotEmpty();
            assertThat(p5.getFirst().severity().apiName()).isEqualTo(p5Severity);
            assertThat(Checks.spanOf(text, p5.getFirst())).isEqualTo(span.replace("\\n", "\n"));
            assertThat(p5.getFirst().message()).startsWith("P5");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a missing hashtag names the hashtag to add           | Hello                               | asks for #JGPKestrels on this account. Add it.
            too many tags says the limit and the count          | @JGP_Owls @JGP_Owls @JGP_Owls #JGPKestrels | at most 2 tagged @handles in a post and this one tags 3
            """)
    void guidance_messages_say_what_to_do(String description, String text, String message) {
        var result = DemoRoster.CHECKER.check(ACCOUNT, PostUnderCheck.text(text));

        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).contains(message));
    }

    @ParameterizedTest(name = "forbidden word in alt text: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A rubbish volcano | block
            A fine volcano    | pass
            """)
    void forbidden_words_are_found_in_alt_texts(String altText, String verdict) {
        var post = new PostUnderCheck("Science #JGPKestrels", java.util.List.of(altText), java.util.List.of());

        assertThat(DemoRoster.CHECKER.check(ACCOUNT, post).verdict().apiName()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "no guidance: \"{0}\" passes")
    @CsvSource(delimiter = '|', textBlock = """
            Hello @anyone #anything
            @a @b @c @d @e @f
            """)
    void no_guidance_means_no_p5_findings(String text) {
        assertThat(Checks.check("class", text).verdict()).isEqualTo(Verdict.PASS);
    }
}
