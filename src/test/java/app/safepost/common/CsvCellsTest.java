package app.safepost.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://x")  | '=HYPERLINK("http://x")
            +1                      | '+1
            -2+3                    | '-2+3
            @SUM(A1)                | '@SUM(A1)
            Amelia                  | Amelia
            O'Neill                 | O'Neill
            Smith-Jones             | Smith-Jones
            """)
    void a_cell_that_would_start_a_formula_is_written_as_text(String value, String written) {
        assertThat(CsvCells.safe(value)).isEqualTo(written);
    }

    @Test
    void tabs_and_carriage_returns_at_the_start_are_neutralised_too() {
        assertThat(CsvCells.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.safe("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.safe(null)).isEmpty();
    }

    @Test
    void a_document_is_rfc_4180_with_every_cell_safe() {
        var csv = CsvCells.write(
                List.of("first_name", "note"), List.of(List.of("=cmd", "a, \"quoted\" note"), List.of("Amelia", "")));

        assertThat(csv).isEqualTo("first_name,note\r\n'=cmd,\"a, \"\"quoted\"\" note\"\r\nAmelia,\r\n");
    }
}
