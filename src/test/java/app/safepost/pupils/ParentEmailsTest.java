package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parents' addresses as the roster and the pupil screen take them: one or two, or a reason why not. */
class ParentEmailsTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
            ``                                   | ``                              | -
            mum@example.org                      | mum@example.org                 | -
            Mum@Example.org; dad@example.org     | mum@example.org;dad@example.org | -
            `mum@example.org, dad@example.org`   | mum@example.org;dad@example.org | -
            mum@example.org dad@example.org      | mum@example.org;dad@example.org | -
            mum@example.org;mum@example.org      | mum@example.org                 | -
            a@x.org;b@x.org;c@x.org              | ``                              | Give at most two addresses, separated by a semicolon.
            mum                                  | ``                              | "mum" is not an e-mail address like name@example.org.
            `"Mum" <mum@example.org>`            | ``                              | "\"Mum\"" is not an e-mail address like name@example.org.
            mum@localhost                        | ``                              | "mum@localhost" is not an e-mail address like name@example.org.
            """)
    void addresses_are_read_or_refused_with_the_reason(String typed, String addresses, String problem) {
        var parsed = ParentEmails.parse(typed);

        assertThat(parsed.addresses()).isEqualTo(addresses.isEmpty() ? List.of() : List.of(addresses.split(";")));
        assertThat(parsed.problem()).isEqualTo(problem);
    }
}
