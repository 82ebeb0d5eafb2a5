package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One normalisation for names and words. */
class NameKeysTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\" / \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Amelia        | amelia       | amelia
            ZOË           | zoe          | zoe
            Zoe\u0308     | zoe          | zoe
            Siobhán       | siobhan      | siobhan
            Müller        | muller       | muller
            O'Neill       | oneill       | oneill
            O’Neill       | oneill       | oneill
            Ward-Prowse   | ward prowse  | wardprowse
            Ward–Prowse   | ward prowse  | wardprowse
            van der Berg  | van der berg | vanderberg
            García        | garcia       | garcia
            Björn         | bjorn        | bjorn
            Łukasz        | lukasz       | lukasz
            Strauß        | strauss      | strauss
            Ｚｏｅ          | zoe          | zoe
            """)
    void names_are_folded_in_one_place(String name, String spaced, String joined) {
        name = name.replace("\\u0308", "\u0308");
        assertThat(NameKeys.spaced(name)).isEqualTo(spaced);
        assertThat(NameKeys.joined(name)).isEqualTo(joined);
    }
}
