package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On screen a finding says what it is about first and its policy clause after the words. */
class FindingWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            P12: this could be a pupil's first name and surname together. | Full name of a pupil (policy clause 12): this could be a pupil's first name and surname together.
            P12 (alt text 2): write A.K. instead.                          | Full name of a pupil in alt text 2 (policy clause 12): write A.K. instead.
            P13: class accounts use initials only.                         | A pupil's name on a class account (policy clause 13): class accounts use initials only.
            P15: a pupil in the photos (E.G.) has no image consent.       | A pupil without photo consent (policy clause 15): a pupil in the photos (E.G.) has no image consent.
            P5: the computing lead's guidance asks for #JGP on this account. | Computing Lead's guidance (policy clause 5): the computing lead's guidance asks for #JGP on this account.
            P3: not taken on a school iPad.                                | Photo not from a school iPad (policy clause 3): not taken on a school iPad.
            Contact details: this looks like a phone number.               | Contact details: this looks like a phone number.
            Hidden characters: this text contains hidden direction marks.  | Hidden characters: this text contains hidden direction marks.
            Too long for X: it takes 280 characters.                       | Too long for X: it takes 280 characters.
            """)
    void the_words_come_first_and_the_clause_after_them(String message, String shown) {
        assertThat(FindingWords.onScreen(message)).isEqualTo(shown);
    }

    @Test
    void a_real_finding_from_the_checks_reads_the_same_way() {
        var finding = new Finding(
                "P12", Severity.BLOCK, "P12: this could be a pupil's first name and surname together.", 0, 5);

        assertThat(FindingWords.onScreen(finding))
                .startsWith("Full name of a pupil (policy clause 12): ")
                .doesNotStartWith("P12");
    }

    @Test
    void clause_codes_are_written_as_policy_clauses_and_other_checks_keep_their_names() {
        assertThat(FindingWords.clause("P12")).isEqualTo("policy clause 12");
        assertThat(FindingWords.clause("hidden-characters")).isEqualTo("hidden-characters");
    }
}
