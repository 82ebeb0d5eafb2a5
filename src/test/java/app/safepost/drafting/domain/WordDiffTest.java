package app.safepost.drafting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.drafting.domain.WordDiff.Kind;
import app.safepost.drafting.domain.WordDiff.Part;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Our trip to the farm        | Our lovely trip to the farm | Our ·+lovely ·trip to the farm
            Well done Amelia Khan!      | Well done A.K.!             | Well done ·-Amelia Khan!·+A.K.!
            ''                          | Hello                       | +Hello
            Hello                       | ''                          | -Hello
            same words                  | same words                  | same words
            """)
    void marks_added_and_removed_words(String before, String after, String expected) {
        var parts = WordDiff.between(before, after);

        assertThat(parts.stream().map(WordDiffTest::show).collect(Collectors.joining("·")))
                .isEqualTo(expected);
        assertThat(parts.stream()
                        .filter(p -> p.kind() != Kind.REMOVED)
                        .map(Part::text)
                        .collect(Collectors.joining()))
                .isEqualTo(after);
        assertThat(parts.stream()
                        .filter(p -> p.kind() != Kind.ADDED)
                        .map(Part::text)
                        .collect(Collectors.joining()))
                .isEqualTo(before);
    }

    private static String show(Part part) {
        return switch (part.kind()) {
            case SAME -> part.text();
            case ADDED -> "+" + part.text();
            case REMOVED -> "-" + part.text();
        };
    }
}
