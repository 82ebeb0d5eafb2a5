package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.audit.TextDiff.Kind;
import app.safepost.audit.TextDiff.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDiffTest {

    @Test
    void a_changed_word_is_removed_and_added_between_kept_text() {
        assertThat(TextDiff.between(
                        "Photos are taken on school iPads only.", "Photos are taken on school cameras only."))
                .containsExactly(
                        new Run(Kind.KEPT, "Photos are taken on school "),
                        new Run(Kind.REMOVED, "iPads"),
                        new Run(Kind.ADDED, "cameras"),
                        new Run(Kind.KEPT, " only."));
    }

    @Test
    void text_from_nothing_is_all_added_and_to_nothing_all_removed() {
        assertThat(TextDiff.between(null, "New policy")).containsExactly(new Run(Kind.ADDED, "New policy"));
        assertThat(TextDiff.between("Old policy", "")).containsExactly(new Run(Kind.REMOVED, "Old policy"));
    }

    @Test
    void line_breaks_survive_in_the_runs() {
        var runs = TextDiff.between("First line\nsecond line", "First line\nthird line");
        assertThat(runs).extracting(Run::text).containsExactly("First line\n", "second", "third", " line");
    }

    @ParameterizedTest(name = "{0} → {1}: long text {2}")
    @CsvSource(delimiter = '|', textBlock = """
            short        | also short | false
            a\\nb         | a          | true
            """)
    void short_values_read_as_before_and_after_long_ones_as_a_diff(String before, String after, boolean longText) {
        assertThat(TextDiff.isLongText(before.replace("\\n", "\n"), after)).isEqualTo(longText);
        assertThat(TextDiff.isLongText("x".repeat(TextDiff.LONG_TEXT), "y")).isTrue();
        assertThat(TextDiff.isLongText(42, null)).isFalse();
    }
}
