package app.safepost.drafting.ui.parts;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.drafting.ui.parts.PreviewText.Kind;
import app.safepost.drafting.ui.parts.PreviewText.Part;
import org.junit.jupiter.api.Test;

/** A post's text as a platform shows it: links shortened, tags and mentions picked out, the rest as typed. */
class PreviewTextTest {

    @Test
    void links_tags_and_mentions_are_picked_out_and_the_text_between_kept_as_typed() {
        var parts = PreviewText.parts("Harvest festival today! Photos: https://www.jessegray.sch.uk/news #JGPKestrels"
                + " thanks @CountyLibrary\nSee you there.");

        assertThat(parts)
                .containsExactly(
                        new Part(Kind.TEXT, "Harvest festival today! Photos: "),
                        new Part(Kind.LINK, "jessegray.sch.uk/news"),
                        new Part(Kind.TEXT, " "),
                        new Part(Kind.TAG, "#JGPKestrels"),
                        new Part(Kind.TEXT, " thanks "),
                        new Part(Kind.MENTION, "@CountyLibrary"),
                        new Part(Kind.TEXT, "\nSee you there."));
    }

    @Test
    void a_long_link_is_cut_with_an_ellipsis_as_the_platforms_show_it() {
        assertThat(PreviewText.shortLink("https://www.jessegray.sch.uk/news/harvest-festival-2026-photos"))
                .isEqualTo("jessegray.sch.uk/news/harvest…")
                .hasSize(PreviewText.LINK_SHOWN);
        assertThat(PreviewText.shortLink("http://jessegray.sch.uk")).isEqualTo("jessegray.sch.uk");
    }

    @Test
    void text_without_links_is_one_plain_part_and_nothing_typed_is_lost() {
        var text = "Well done Kestrels <b>for</b> a brilliant poem 🎉";

        assertThat(PreviewText.parts(text)).containsExactly(new Part(Kind.TEXT, text));
        assertThat(PreviewText.parts("")).isEmpty();
    }
}
