package app.safepost.backups.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the drill compares the restored copy's row counts with those the backup recorded. */
class RestoreDrillTest {

    private static final Map<String, Long> RECORDED =
            Map.of("public.draft", 12L, "public.draft_aud", 30L, "public.media_content", 4L);

    @Test
    void the_same_counts_pass_and_say_how_many_tables_and_rows() {
        var verdict = RestoreDrill.compare(
                RECORDED, Map.of("public.media_content", 4L, "public.draft", 12L, "public.draft_aud", 30L));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.summary()).isEqualTo("all 3 tables hold the 46 rows the backup recorded");
    }

    @Test
    void a_missing_table_a_different_count_and_an_extra_table_each_fail_and_are_named() {
        var verdict = RestoreDrill.compare(
                RECORDED, Map.of("public.draft", 11L, "public.draft_aud", 30L, "public.stray", 1L));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.summary())
                .isEqualTo(
                        "3 of 3 tables differ from what the backup recorded: public.draft has"
                                + " 11 rows instead of 12; public.media_content is missing; public.stray was not in the backup");
    }
}
