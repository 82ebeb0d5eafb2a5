package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one folding of text and names: each code point to the plain letters a reader takes it for. */
class TextFoldingTest {

    @ParameterizedTest(name = "{0} ({1}) folds to \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # ASCII is only lower-cased: the skeleton would make m "rn" and I "l"
            m  | 006D  | m
            l  | 006C  | l
            I  | 0049  | i
            0  | 0030  | 0
            # accents and letters spelled out
            ë  | 00EB  | e
            á  | 00E1  | a
            ß  | 00DF  | ss
            ø  | 00F8  | o
            ł  | 0142  | l
            # compatibility forms: full-width, mathematical (supplementary), ligatures
            Ａ | FF21  | a
            ｍ | FF4D  | m
            𝐀  | 1D400 | a
            𝐦  | 1D426 | m
            𝒜  | 1D49C | a
            𝕂  | 1D542 | k
            ﬁ  | FB01  | fi
            # Cyrillic and Greek look-alikes, upper and lower case
            а  | 0430  | a
            А  | 0410  | a
            е  | 0435  | e
            і  | 0456  | i
            І  | 0406  | i
            ј  | 0458  | j
            о  | 043E  | o
            р  | 0440  | p
            с  | 0441  | c
            ѕ  | 0455  | s
            у  | 0443  | y
            х  | 0445  | x
            һ  | 04BB  | h
            В  | 0412  | b
            К  | 041A  | k
            М  | 041C  | m
            Н  | 041D  | h
            Т  | 0422  | t
            α  | 03B1  | a
            ι  | 03B9  | i
            ο  | 03BF  | o
            ρ  | 03C1  | p
            ν  | 03BD  | v
            υ  | 03C5  | u
            Α  | 0391  | a
            Ι  | 0399  | i
            Κ  | 039A  | k
            Ν  | 039D  | n
            Ζ  | 0396  | z
            # letters with no Latin look-alike keep their own fold
            ж  | 0436  | ж
            λ  | 03BB  | λ
            """)
    void code_points_fold_to_the_letters_a_reader_sees(String shown, String hex, String folded) {
        int codePoint = Integer.parseInt(hex, 16);

        assertThat(TextFolding.of(codePoint).key()).isEqualTo(folded);
        assertThat(NameKeys.joined(shown)).as("as a name").isEqualTo(folded);
    }

    @ParameterizedTest(name = "U+{0} is invisible and keeps a word whole")
    @ValueSource(strings = {"200B", "200C", "200D", "2060", "FEFF", "00AD", "180E", "034F", "FE0F", "200E", "200F"})
    void invisible_characters_fold_to_nothing_inside_a_word(String hex) {
        var folded = TextFolding.of(Integer.parseInt(hex, 16));

        assertThat(folded.key()).isEmpty();
        assertThat(folded.is(TextFolding.INSIDE_WORD)).isTrue();
        assertThat(folded.is(TextFolding.DIRECTION)).isFalse();
    }

    @ParameterizedTest(name = "U+{0} is a direction control")
    @ValueSource(strings = {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069"})
    void direction_controls_are_known_as_such(String hex) {
        int codePoint = Integer.parseInt(hex, 16);

        assertThat(TextFolding.isDirectionControl(codePoint)).isTrue();
        assertThat(TextFolding.of(codePoint).is(TextFolding.DIRECTION)).isTrue();
        assertThat(TextFolding.of(codePoint).key()).isEmpty();
    }

    @Test
    void casing_is_that_of_the_character_typed() {
        assertThat(TextFolding.of('А').is(TextFolding.UPPER)).isTrue();
        assertThat(TextFolding.of('а').is(TextFolding.UPPER)).isFalse();
        assertThat(TextFolding.of(0x1D400).is(TextFolding.UPPER)).isTrue();
        assertThat(TextFolding.of(0x1D426).is(TextFolding.UPPER)).isFalse();
    }

    @Test
    void roster_names_fold_as_text_does() {
        assertThat(NameKeys.spaced("Аmеlіа")).isEqualTo("amelia");
        assertThat(NameKeys.spaced("𝐊𝐡𝐚𝐧")).isEqualTo("khan");
        assertThat(NameKeys.spaced("Ward\u00AD-Prowse")).isEqualTo("ward prowse");
        assertThat(NameKeys.joined("O\u200B'Neill")).isEqualTo("oneill");
    }
}
