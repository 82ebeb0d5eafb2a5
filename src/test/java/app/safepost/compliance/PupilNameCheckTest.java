package app.safepost.compliance;

import static app.safepost.compliance.Checks.check;
import static app.safepost.compliance.Checks.spanOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * P12 and P13 on the demo roster. Each row: the account, the text, the verdict, the clause of the
 * first finding and the text it points at ({@code -} when the verdict is pass). Texts are written
 * with {@code \n} for a line break.
 */
class PupilNameCheckTest {

    @ParameterizedTest(name = "{0}: \"{1}\" → {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # first name and surname together block on every account
            whole-school | Well done Amelia Khan!                          | block | P12 | Amelia Khan
            class        | Well done Amelia Khan!                          | block | P12 | Amelia Khan
            whole-school | well done amelia khan                           | block | P12 | amelia khan
            whole-school | WELL DONE AMELIA KHAN                           | block | P12 | AMELIA KHAN
            whole-school | Amelia   Khan read to the class                 | block | P12 | Amelia   Khan
            whole-school | Star of the week: Amelia\\nKhan                 | block | P12 | Amelia\\nKhan
            whole-school | Amelia\\tKhan                                   | block | P12 | Amelia\\tKhan
            whole-school | Khan, Amelia won the spelling bee               | block | P12 | Khan, Amelia
            whole-school | KHAN Amelia                                     | block | P12 | KHAN Amelia
            whole-school | Amelia Khan's painting is on the wall           | block | P12 | Amelia Khan
            whole-school | Amelia Khan’s painting is on the wall           | block | P12 | Amelia Khan
            whole-school | Zoë Frost ran the fastest                       | block | P12 | Zoë Frost
            whole-school | Zoe Frost ran the fastest                       | block | P12 | Zoe Frost
            whole-school | ZOE FROST ran the fastest                       | block | P12 | ZOE FROST
            whole-school | Hope Müller sang                                | block | P12 | Hope Müller
            whole-school | Hope Muller sang                                | block | P12 | Hope Muller
            whole-school | Hope Mueller sang                               | block | P12 | Hope Mueller
            whole-school | Siobhan Begum read aloud                        | block | P12 | Siobhan Begum
            whole-school | Charlie O'Neill scored                          | block | P12 | Charlie O'Neill
            whole-school | Charlie O’Neill scored                          | block | P12 | Charlie O’Neill
            whole-school | Charlie ONeill scored                           | block | P12 | Charlie ONeill
            whole-school | Oliver Ward-Prowse scored                       | block | P12 | Oliver Ward-Prowse
            whole-school | Oliver Ward Prowse scored                       | block | P12 | Oliver Ward Prowse
            whole-school | Oliver Ward–Prowse scored                       | block | P12 | Oliver Ward–Prowse
            whole-school | Aisha van der Berg painted                      | block | P12 | Aisha van der Berg
            whole-school | Aisha Van Der Berg painted                      | block | P12 | Aisha Van Der Berg
            whole-school | Poppy da Silva painted                          | block | P12 | Poppy da Silva
            whole-school | Henry Mac Giolla painted                        | block | P12 | Henry Mac Giolla
            whole-school | Bill Smith-Jones painted                        | block | P12 | Bill Smith-Jones
            whole-school | Tom Okafor read to us                           | block | P12 | Tom Okafor
            whole-school | Thomas Okafor read to us                        | block | P12 | Thomas Okafor
            whole-school | Teddy Hope read to us                           | block | P12 | Teddy Hope
            whole-school | Mo Nguyen read to us                            | block | P12 | Mo Nguyen
            whole-school | Sophia Thomas read to us                        | block | P12 | Sophia Thomas
            whole-school | Matilda James read to us                        | block | P12 | Matilda James
            whole-school | Ruby Henry read to us                           | block | P12 | Ruby Henry
            whole-school | Well done Grace May                             | block | P12 | Grace May
            whole-school | Will Hope won the race                          | block | P12 | Will Hope
            whole-school | Jo Rose planted seeds                           | block | P12 | Jo Rose
            whole-school | Mark May planted seeds                          | block | P12 | Mark May
            whole-school | Summer Fox planted seeds                        | block | P12 | Summer Fox
            whole-school | Email amelia.khan@example.org                   | block | P12 | amelia.khan
            # joined up in hashtags and handles
            whole-school | Go #AmeliaKhan                                  | block | P12 | #AmeliaKhan
            whole-school | Go #ameliakhan                                  | block | P12 | #ameliakhan
            whole-school | Go #Amelia_Khan                                 | block | P12 | #Amelia_Khan
            whole-school | Go #TeamAmeliaKhan                              | block | P12 | #TeamAmeliaKhan
            whole-school | Say hello @amelia_khan                          | block | P12 | @amelia_khan
            whole-school | Say hello @AmeliaKhan1                          | block | P12 | @AmeliaKhan1
            whole-school | Say hello @amelia.khan.bsky.social              | block | P12 | @amelia.khan.bsky.social
            whole-school | #OliverWardProwse scored                        | block | P12 | #OliverWardProwse
            whole-school | Hello AmeliaKhan                                | block | P12 | AmeliaKhan
            whole-school | Go #KhanAmelia                                  | block | P12 | #KhanAmelia
            # ordinary words beside each other warn rather than block
            whole-school | We will hope for sunshine                       | warn  | P12 | will hope
            whole-school | Well done Hope, Will and May                    | warn  | P12 | Hope, Will
            # a capital on either word makes it the pupil's name
            whole-school | Mark may come to the fair                       | block | P12 | Mark may
            # only real pupil pairs count
            whole-school | We read about Amelia Earhart                    | pass  | -   | -
            whole-school | Amelia Okafor-Khan is not a pupil               | warn  | P12 | Okafor
            whole-school | Grace Hope is not a pupil                       | pass  | -   | -
            whole-school | Well done Amelia, Khan                          | warn  | P12 | Khan
            whole-school | Amelia. Khan                                    | warn  | P12 | Khan
            whole-school | Thank you Grace, May and Will                   | pass  | -   | -
            whole-school | We hope Grace enjoyed it                        | pass  | -   | -
            # first names alone are fine on the whole-school account
            whole-school | Well done Amelia!                               | pass  | -   | -
            whole-school | Well done Thomas and Henry                      | pass  | -   | -
            whole-school | Amelia and Noah read to Reception               | pass  | -   | -
            # a surname alone warns
            whole-school | Well done Khan!                                 | warn  | P12 | Khan
            whole-school | A. Khan read to us                              | warn  | P12 | Khan
            whole-school | The Okafor twins                                | warn  | P12 | Okafor
            whole-school | Thanks to the van der Berg family               | warn  | P12 | van der Berg
            whole-school | Thanks to the Ward-Prowse family                | warn  | P12 | Ward-Prowse
            whole-school | Thanks to Mrs Khan for the cakes                | pass  | -   | -
            whole-school | A fox ran across the field                      | pass  | -   | -
            whole-school | Best wishes from Year 6                         | pass  | -   | -
            whole-school | Happy Sports Day!                               | pass  | -   | -
            whole-school | Black History Month assembly                    | pass  | -   | -
            whole-school | We saw Little at the zoo                        | warn  | P12 | Little
            # class accounts: initials only
            class        | Well done Amelia!                               | block | P13 | Amelia
            class        | amelia did brilliantly                          | block | P13 | amelia
            class        | Amelia's painting                               | block | P13 | Amelia
            class        | Well done A.K.!                                 | pass  | -   | -
            class        | Well done AK!                                   | pass  | -   | -
            class        | Well done Tom!                                  | block | P13 | Tom
            class        | Well done Zoe                                   | block | P13 | Zoe
            class        | Well done Will!                                 | block | P13 | Will
            class        | Thanks to Hope and Grace                        | block | P13 | Hope
            class        | Go #Amelia                                      | block | P13 | #Amelia
            class        | #WellDoneAmelia                                 | block | P13 | #WellDoneAmelia
            class        | We will plant seeds                             | pass  | -   | -
            class        | We hope you enjoy it                            | pass  | -   | -
            class        | We grew a rose                                  | pass  | -   | -
            class        | What a joy to see                               | pass  | -   | -
            class        | Frank discussions today                         | warn  | P13 | Frank
            class        | May the sun shine on sports day                 | warn  | P13 | May
            class        | Our trip is in May                              | warn  | P13 | May
            class        | Join us at the Summer fair                      | warn  | P13 | Summer
            class        | Join us at the Summer Fair                      | warn  | P13 | Summer
            class        | Class 3 learned about Florence Nightingale      | pass  | -   | -
            class        | News from Jesse Gray Primary                    | pass  | -   | -
            class        | #JesseGrayPrimary                               | pass  | -   | -
            class        | Thanks to Mrs May                               | pass  | -   | -
            class        | Thanks to Mr. Thomas                            | pass  | -   | -
            class        | #hope #joy                                      | pass  | -   | -
            class        | Amelia K. read to us                            | block | P13 | Amelia
            """)
    void names_of_pupils_are_checked(String account, String text, String verdict, String clause, String span) {
        text = text.replace("\\n", "\n").replace("\\t", "\t");
        span = span == null ? null : span.replace("\\n", "\n").replace("\\t", "\t");
        var result = check(account, text);

        assertThat(result.verdict().apiName()).as("verdict of %s", result).isEqualTo(verdict);
        if (clause != null) {
            var first = result.findings().getFirst();
            assertThat(first.clause()).as("%s", result).isEqualTo(clause);
            assertThat(spanOf(text, first)).isEqualTo(span);
        }
    }
}
