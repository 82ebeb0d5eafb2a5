package app.safepost.compliance;

import static app.safepost.compliance.Checks.spanOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * P12 and P13 however staff type: Title Case, capitals, lower case, line breaks, look-alike letters,
 * invisible and direction characters, letters spelled out. Every row holds on the demo roster and on a
 * generated roster of 2,000 pupils with the demo's among them. Each row: the account, the text, the
 * verdict, and the clause of a finding and the text it points at ({@code -} when the verdict is
 * pass). {@code \n} is a line break and {@code <U+200B>} the code point U+200B, so that invisible
 * characters can be read here.
 */
class NamesHoweverTypedTest {

    @ParameterizedTest(name = "{0}: \"{1}\" → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a first name used as a name on a class account, however it is capitalised
            class        | Well Done Amelia For A Great Week               | block | P13 | Amelia
            class        | Amelia Today!                                   | block | P13 | Amelia
            class        | Amelia Class 3 star                             | block | P13 | Amelia
            class        | Well done Amelia for a great week               | block | P13 | Amelia
            class        | Star Of The Week Is Amelia                      | block | P13 | Amelia
            class        | WELL DONE AMELIA                                | block | P13 | AMELIA
            class        | STAR OF THE WEEK: JO                            | block | P13 | JO
            class        | Star of the week:\\nAmelia                      | block | P13 | Amelia
            class        | Amelia's Amazing Artwork                        | block | P13 | Amelia
            class        | Well Done Noah And Oscar                        | block | P13 | Noah
            # someone else: the next word could be a surname
            class        | We read about Amelia Earhart                    | pass  | -   | -
            class        | Learning About Amelia Earhart                   | pass  | -   | -
            class        | Class 3 learned about Florence Nightingale      | pass  | -   | -
            class        | Year 6 Learn About Florence Nightingale         | pass  | -   | -
            class        | Reading To Kill A Mockingbird by Harper Lee     | pass  | -   | -
            class        | Thank you to Captain Tom                        | pass  | -   | -
            class        | Year 6 are reading Goodnight Mister Tom         | pass  | -   | -
            class        | Henry VIII had six wives                        | pass  | -   | -
            class        | George V was king                               | pass  | -   | -
            class        | Henry I think is brilliant                      | block | P13 | Henry
            # the school's own name is never a pupil's
            class        | News from Jesse Gray Primary                    | pass  | -   | -
            class        | News From Jesse Gray Primary School             | pass  | -   | -
            class        | Jesse Gray Primary School Newsletter            | pass  | -   | -
            class        | Welcome to Jesse Gray!                          | pass  | -   | -
            class        | #JesseGrayPrimary                               | pass  | -   | -
            class        | Jesse Gray Primary welcomes Jesse               | block | P13 | Jesse
            # ordinary words that are names: lower case passes, a capital warns where it could be the word
            class        | We will plant seeds and hope for sunshine       | pass  | -   | -
            class        | Well Done Will                                  | warn  | P13 | Will
            class        | Amazing Grace                                   | warn  | P13 | Grace
            class        | Come to the Summer Fair                         | warn  | P13 | Summer
            class        | Summer Fair On Friday                           | warn  | P13 | Summer
            class        | We have a busy Summer term ahead                | warn  | P13 | Summer
            class        | Thanks to Hope and Grace                        | block | P13 | Hope
            # a first name and surname together on every account, in any case and across any spaces
            whole-school | congratulations to harper moss                  | block | P12 | harper moss
            class        | congratulations to harper moss                  | block | P12 | harper moss
            whole-school | Star of the week:\\nHarper\\nMoss               | block | P12 | Harper\\nMoss
            whole-school | Harper \\n\\n  Moss                             | block | P12 | Harper \\n\\n  Moss
            whole-school | HARPER MOSS                                     | block | P12 | HARPER MOSS
            whole-school | well done will hope                             | warn  | P12 | will hope
            whole-school | we will hope for sunshine                       | warn  | P12 | will hope
            whole-school | We Will Hope For Sunshine                       | block | P12 | Will Hope
            whole-school | Will hope for sunshine                          | block | P12 | Will hope
            # look-alike letters, compatibility forms and invisible characters
            whole-school | Аmеlіа Кhаn                                     | block | P12 | Аmеlіа Кhаn
            whole-school | Well done Amelia Khαn                           | block | P12 | Amelia Khαn
            whole-school | АMЕLІА KНАN                                     | block | P12 | АMЕLІА KНАN
            whole-school | Well done 𝐀𝐦𝐞𝐥𝐢𝐚 𝐊𝐡𝐚𝐧                         | block | P12 | 𝐀𝐦𝐞𝐥𝐢𝐚 𝐊𝐡𝐚𝐧
            whole-school | Well done 𝒜𝓂𝑒𝓁𝒾𝒶 𝒦𝒽𝒶𝓃                         | block | P12 | 𝒜𝓂𝑒𝓁𝒾𝒶 𝒦𝒽𝒶𝓃
            whole-school | Well done Ａｍｅｌｉａ Ｋｈａｎ                  | block | P12 | Ａｍｅｌｉａ Ｋｈａｎ
            whole-school | Well done Ame<U+200B>lia K<U+200D>han          | block | P12 | Ame<U+200B>lia K<U+200D>han
            whole-school | Well done Ame<U+00AD>lia Khan                   | block | P12 | Ame<U+00AD>lia Khan
            whole-school | Well done Amelia<U+2060> Khan                   | block | P12 | Amelia<U+2060> Khan
            whole-school | Well done <U+FEFF>Amelia <U+200B>Khan           | block | P12 | Amelia <U+200B>Khan
            whole-school | Well done Amelia<U+200B>Khan                    | block | P12 | Amelia<U+200B>Khan
            class        | Well done Аmеlіа!                               | block | P13 | Аmеlіа
            class        | Well done Ａｍｅｌｉａ!                          | block | P13 | Ａｍｅｌｉａ
            class        | Well done 𝐀𝐦𝐞𝐥𝐢𝐚!                               | block | P13 | 𝐀𝐦𝐞𝐥𝐢𝐚
            # direction controls block on their own, and a name they hide is matched as it shows
            whole-school | Well done <U+202E>nahk ailemA<U+202C>!         | block | P12 | nahk ailemA
            whole-school | Well done <U+202E>nahk<U+202C>                  | block | P12 | nahk
            class        | Well done <U+202E>ailemA<U+202C>               | block | P13 | ailemA
            whole-school | Sports day<U+2066> is on Friday<U+2069>         | block | hidden-characters | <U+2066> is on Friday<U+2069>
            whole-school | Sports day is on Friday<U+202D>                 | block | hidden-characters | <U+202D>
            # letters spelled out one by one
            whole-school | A m e l i a  K h a n                            | block | P12 | A m e l i a  K h a n
            whole-school | A M E L I A K H A N                             | block | P12 | A M E L I A K H A N
            whole-school | Well done A.M.E.L.I.A. K.H.A.N.                 | block | P12 | A.M.E.L.I.A. K.H.A.N
            class        | Well done A.M.E.L.I.A                           | block | P13 | A.M.E.L.I.A
            class        | Well done A-m-e-l-i-a!                          | block | P13 | A-m-e-l-i-a
            class        | Well done A. m. e. l. i. a.                     | block | P13 | A. m. e. l. i. a
            # initials keep passing
            class        | Well done A.K.!                                 | pass  | -   | -
            class        | Well done A K!                                  | pass  | -   | -
            class        | Well done A. K. and J. O.                       | pass  | -   | -
            class        | Well done AK and JO                             | pass  | -   | -
            class        | Well done 𝐀.𝐊.!                                 | pass  | -   | -
            """)
    void names_are_found_however_they_are_typed(
            String account, String written, String verdict, String clause, String spanWritten) {
        String text = unescape(written);
        String span = spanWritten == null ? null : unescape(spanWritten);
        for (var checker : Rosters.BOTH) {
            var result = checker.check(Checks.account(account), PostUnderCheck.text(text));

            assertThat(result.verdict().apiName())
                    .as("verdict on the %s: %s", Rosters.name(checker), result)
                    .isEqualTo(verdict);
            if (clause != null) {
                assertThat(result.findings())
                        .as("on the %s", Rosters.name(checker))
                        .anySatisfy(f ->
                                assertThat(f.clause() + " " + spanOf(text, f)).isEqualTo(clause + " " + span));
            }
        }
    }

    private static final Pattern CODE_POINT = Pattern.compile("<U\\+([0-9A-F]{4,6})>");

    /** {@code \n}, {@code \t} and {@code <U+XXXX>} as the characters they stand for. */
    static String unescape(String text) {
        Matcher matcher = CODE_POINT.matcher(text.replace("\\n", "\n").replace("\\t", "\t"));
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(matcher.group(1), 16))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
