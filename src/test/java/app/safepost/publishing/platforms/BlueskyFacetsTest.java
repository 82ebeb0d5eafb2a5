package app.safepost.publishing.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.publishing.platforms.BlueskyFacets.Found;
import app.safepost.publishing.platforms.BlueskyFacets.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Links, hashtags and mentions found as the Bluesky app finds them, located by UTF-8 bytes. */
class BlueskyFacetsTest {

    private static String kindsAndValues(String text) {
        return BlueskyFacets.find(text).stream()
                .map(f -> f.kind() + " " + f.value() + " [" + text.substring(f.start(), f.end()) + "]")
                .toList()
                .toString();
    }

    @Test
    void links_lose_trailing_punctuation_and_an_unopened_bracket_but_keep_their_query() {
        assertThat(kindsAndValues("See https://jessegray.example/news?id=4&p=2. Or (https://example.org/a_(b)) and "
                        + "(http://example.org/x), then stop"))
                .isEqualTo("[LINK https://jessegray.example/news?id=4&p=2 [https://jessegray.example/news?id=4&p=2],"
                        + " LINK https://example.org/a_(b)) [https://example.org/a_(b))],"
                        + " LINK http://example.org/x [http://example.org/x]]");
    }

    @Test
    void a_bare_address_is_a_link_only_with_a_known_top_level_domain() {
        assertThat(kindsAndValues("Visit jessegrayprimary.sch.uk or www.bbc.co.uk/news, e.g. not this, nor file.txt"))
                .isEqualTo("[LINK https://jessegrayprimary.sch.uk [jessegrayprimary.sch.uk],"
                        + " LINK https://www.bbc.co.uk/news [www.bbc.co.uk/news]]");
    }

    @Test
    void hashtags_stop_at_punctuation_and_numbers_alone_are_not_tags() {
        assertThat(kindsAndValues("#SportsDay! #Année5, #2024 and a#not and ＃FullWidth"))
                .isEqualTo("[TAG SportsDay [#SportsDay], TAG Année5 [#Année5], TAG FullWidth [＃FullWidth]]");
    }

    @Test
    void mentions_are_domain_handles_and_an_x_handle_is_not_one() {
        assertThat(kindsAndValues("Thanks @amara-mum.bsky.social and @JGP_Kestrels, office@jessegray.example"))
                .isEqualTo("[MENTION amara-mum.bsky.social [@amara-mum.bsky.social]]");
    }

    @Test
    void byte_offsets_count_the_utf8_bytes_of_emoji_and_accents_before_the_facet() {
        var text = "Élodie 🦕 café #Trip https://x.example";
        var facets = BlueskyFacets.json(text, BlueskyFacets.find(text), handle -> null);
        var bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(facets)
                .extracting(f -> new String(
                        Arrays.copyOfRange(
                                bytes,
                                f.path("index").path("byteStart").asInt(),
                                f.path("index").path("byteEnd").asInt()),
                        StandardCharsets.UTF_8))
                .containsExactly("#Trip", "https://x.example");
        // É and é take two bytes for one UTF-16 unit, the dinosaur four bytes for two.
        assertThat(facets.path(0).path("index").path("byteStart").asInt()).isEqualTo(text.indexOf('#') + 1 + 2 + 1);
    }

    @Test
    void a_mention_whose_handle_does_not_resolve_stays_plain_text() {
        var text = "Hello @known.test and @unknown.test";
        var dids = Map.of("known.test", "did:plc:known");
        var facets = BlueskyFacets.json(text, BlueskyFacets.find(text), dids::get);

        assertThat(facets).singleElement().satisfies(f -> {
            assertThat(f.path("features").path(0).path("did").asString()).isEqualTo("did:plc:known");
            assertThat(f.path("index").path("byteStart").asInt()).isEqualTo(6);
        });
        assertThat(BlueskyFacets.find(text)).extracting(Found::kind).containsExactly(Kind.MENTION, Kind.MENTION);
    }
}
