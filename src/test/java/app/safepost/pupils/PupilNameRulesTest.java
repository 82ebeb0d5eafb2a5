package app.safepost.pupils;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PupilNameRulesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Zoë          | zoe
            SIOBHÁN      | siobhan
            Müller       | muller
            O’Neill      | o'neill
            van  der Berg| van der Berg
            """)
    void names_compare_without_accents_case_or_extra_spaces(String typed, String same) {
        assertThat(PupilNameRules.sameName(typed, same)).isTrue();
    }

    @Test
    void initials_are_the_first_letters_of_first_name_and_surname() {
        assertThat(PupilNameRules.initials("Amelia", "Khan")).isEqualTo("AK");
        assertThat(PupilNameRules.initials("Edward", "da Silva")).isEqualTo("ED");
        assertThat(PupilNameRules.initials("Élodie", "Ørsted")).isEqualTo("ÉØ");
    }
}
