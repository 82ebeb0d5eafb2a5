package app.safepost.moderation.domain;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameMaskTest {

    private static final NameMask MASK = NameMask.of(List.of("Amelia", "Hughes", "Oliver", "Okafor", "Ollie"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A reply named Amelia Hughes in Year 3           | A reply named [name] in Year 3
            HUGHES, amelia was tagged                       | [name] was tagged
            Ollie's photo was copied                        | [name] photo was copied
            Oliver and Amelia were named                    | [name] and [name] were named
            Nothing personal here                           | Nothing personal here
            Hughesville is a place                          | Hughesville is a place
            """)
    void pupils_names_are_masked_as_whole_words(String text, String expected) {
        assertThat(MASK.mask(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Amelia Hughes"})
    void an_empty_roster_masks_nothing(String text) {
        assertThat(NameMask.of(List.of()).mask(text)).isEqualTo(text);
    }
}
