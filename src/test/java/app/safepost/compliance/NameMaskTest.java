package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name mask on the demo school's roster: what governors read instead of pupils' names. */
class NameMaskTest {

    private static final NameMask MASK = NameMask.of(DemoRoster.INDEX);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A reply named Amelia Khan in Year 3                 | A reply named [name] in Year 3
            congratulations to amelia khan                      | congratulations to [name]
            AMELIA KHAN was tagged                              | [name] was tagged
            KHAN, amelia was tagged                             | [name] was tagged
            Amelia's photo was copied                           | [name]'s photo was copied
            Amelia’s photo was copied                           | [name]’s photo was copied
            Amelia and Noah were named                          | [name] and [name] were named
            A post by Tom about Thomas                          | A post by [name] about [name]
            Zoe, ZOË and Zoë                                    | [name] and [name]
            Aisha van der Berg won                              | [name] won
            Well done Oliver Ward-Prowse                        | Well done [name]
            Charlie ONeill and Charlie O'Neill                  | [name] and [name]
            Henry Mac Giolla read                               | [name] read
            Star of the week: #AmeliaKhan                       | Star of the week: #[name]
            Tagged @amelia_khan and @amelia.khan2               | Tagged @[name] and @[name]2
            #TeamAmeliaKhan2025 won                             | #Team[name]2025 won
            Well done #WellDoneAmelia                           | Well done #WellDone[name]
            A message from ameliakhan                           | A message from [name]
            Nothing personal here                               | Nothing personal here
            Khanate and Ameliaville are places                  | Khanate and Ameliaville are places
            We will hope for sunshine in May                    | We [name] for sunshine in [name]
            Jesse Gray Primary welcomes Jesse                   | Jesse Gray Primary welcomes [name]
            Follow @JesseGrayPrimary and #JesseGray             | Follow @JesseGrayPrimary and #JesseGray
            """)
    void every_pupils_name_is_masked_as_the_checks_read_it(String text, String expected) {
        assertThat(MASK.mask(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cyrillic look-alikes                | Well done \u0410m\u0435l\u0456\u0430 \u041Ah\u0430n!            | Well done [name]!
            a Greek alpha in the surname        | Well done Amelia Kh\u03B1n!                                          | Well done [name]!
            Greek capitals                      | \u0391MELIA \u039AHAN won                                            | [name] won
            full-width letters                  | Well done \uFF21\uFF4D\uFF45\uFF4C\uFF49\uFF41!                   | Well done [name]!
            mathematical bold letters           | Well done \uD835\uDC00\uD835\uDC26\uD835\uDC1E\uD835\uDC25\uD835\uDC22\uD835\uDC1A Khan! | Well done [name]!
            zero-width characters inside        | Well done Am\u200Belia K\u200Dh\u00ADan!                          | Well done [name]!
            a zero-width space at each end      | Well done \u200BAmelia\u200B!                                       | Well done \u200B[name]!
            letter-spaced                       | Well done A m e l i a  K h a n!                                      | Well done [name]!
            spelled out with dots               | Well done A.M.E.L.I.A. today                                         | Well done [name]. today
            letter-spaced in look-alikes        | Well done \u0410 m \u0435 l \u0456 \u0430!                          | Well done [name]!
            a look-alike possessive             | \u0410m\u0435l\u0456\u0430's painting                              | [name]'s painting
            a look-alike hashtag                | Star: #WellDone\u0410m\u0435l\u0456\u0430                          | Star: #WellDone[name]
            a look-alike handle                 | Tagged @\u0430melia_khan                                             | Tagged @[name]
            two initials stay                   | Well done A K and A.K.                                               | Well done A K and A.K.
            look-alikes of the school's name    | J\u0435sse Gr\u0430y Primary thanks Jesse                            | J\u0435sse Gr\u0430y Primary thanks [name]
            """)
    void a_name_is_masked_however_it_was_typed(String rendering, String text, String expected) {
        assertThat(MASK.mask(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a right-to-left override shows the surname  | Amelia \u202Enahk\u202C                     | [name]
            the override mid-sentence                   | Well done \u202Enahk\u202C and friends       | Well done [name] and friends
            a full name shown reversed                  | Star: \u202Enahk ailemA\u202C!                | Star: [name]!
            a name typed in order but shown reversed    | \u202EAmelia\u202C won                        | [name] won
            an isolate inside an override               | \u202Eai\u2066le\u2069mA\u202C won           | ailemA won
            text after the controls keeps its place     | Trip to \u202Enodnol\u202C with Noah Khan    | Trip to nodnol with [name]
            on the second line of three                 | Star:\\n\u202Enahk ailemA\u202C\\nThanks all | Star:\\n[name]\\nThanks all
            embedding marks around a name               | \u202BAmelia\u202C and \u2067Noah\u2069    | [name] and [name]
            a policy's full name shown by an override   | Staff name \u202Enahk ailemA\u202C never     | Staff name [name] never
            """)
    void a_text_with_direction_controls_is_masked_as_typed_and_as_shown_and_reaches_the_reader_without_them(
            String what, String text, String expected) {
        var masked = MASK.mask(lines(text));

        assertThat(masked).isEqualTo(lines(expected));
        assertThat(masked.codePoints().filter(TextFolding::isDirectionControl)).isEmpty();
    }

    @Test
    void a_policys_text_masks_a_full_name_shown_by_direction_controls_and_leaves_a_lone_first_name() {
        assertThat(MASK.maskFullNames("Staff may name \u202Enahk ailemA\u202C and Amelia \u202Enahk\u202C; Amelia may"))
                .isEqualTo("Staff may name [name] and [name]; Amelia may");
    }

    @Test
    void a_name_split_over_lines_is_one_mask_and_the_rest_of_the_text_keeps_its_place() {
        assertThat(MASK.mask("Star of the week:\nHarper\nMoss\n\nThanks all"))
                .isEqualTo("Star of the week:\n[name]\n\nThanks all");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Staff may follow the account and will be careful  | Staff may follow the account and will be careful
            A post naming Amelia Khan                         | A post naming [name]
            A post naming Khan, Amelia                        | A post naming [name]
            Amelia alone and Khan alone                       | Amelia alone and Khan alone
            Amelia Strong and Noah Khan but not Amelia Noah   | [name] and [name] but not Amelia Noah
            #AmeliaKhan                                       | #[name]
            """)
    void a_policys_text_masks_full_names_only(String text, String expected) {
        assertThat(MASK.maskFullNames(text)).isEqualTo(expected);
    }

    @Test
    void an_empty_roster_and_none_mask_nothing() {
        assertThat(NameMask.of(RosterIndex.empty()).mask("Amelia Khan")).isEqualTo("Amelia Khan");
        assertThat(NameMask.of(RosterIndex.empty()).masks()).isFalse();
        assertThat(NameMask.none().mask("Amelia Khan")).isEqualTo("Amelia Khan");
        assertThat(NameMask.none().mask(null)).isNull();
        assertThat(MASK.masks()).isTrue();
    }

    @Test
    void without_a_school_name_every_name_in_it_is_masked() {
        assertThat(NameMask.of(RosterIndex.build(DemoRoster.PUPILS)).mask("Jesse Gray Primary"))
                .isEqualTo("[name] Gray Primary");
    }

    @Property(tries = 300)
    void no_pupils_first_name_or_surname_survives_in_any_case_or_position(
            @ForAll("pupils") RosterPupil pupil, @ForAll("templates") String template, @ForAll boolean upper) {
        var full = pupil.firstName() + " " + pupil.surname();
        var written = upper ? full.toUpperCase(Locale.ROOT) : full;
        var masked = MASK.mask(template.formatted(written));

        assertThat(masked).contains(NameMask.MASK);
        for (var word : full.split("[\\s-]+")) {
            assertThat(masked.toLowerCase(Locale.ROOT))
                    .doesNotContainPattern(
                            "(?<![\\p{L}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}])");
        }
    }

    /**
     * Any look-alike rendering of any demo pupil's full name, with invisible characters inside or not,
     * is masked as a whole: nothing of it reaches the reader, and nothing else of the text is touched.
     */
    @Property(tries = 600, seed = "20261204")
    void any_look_alike_rendering_of_any_pupils_full_name_is_masked_whole(
            @ForAll("pupils") RosterPupil pupil,
            @ForAll("renderings") String rendering,
            @ForAll boolean invisibleInserted,
            @ForAll boolean usePreferred,
            @ForAll long seed) {
        var given = usePreferred && pupil.preferredName() != null ? pupil.preferredName() : pupil.firstName();
        Assume.that(!rendering.equals("letter-spaced") || spelledOutAsAWord(given + " " + pupil.surname()));
        var random = new Random(seed);
        var rendered = Renderings.render(given + " " + pupil.surname(), rendering, random);
        if (invisibleInserted && !rendering.equals("letter-spaced")) {
            rendered = Renderings.insertInvisible(rendered, random);
        }
        var typed = rendering.equals("right-to-left override")
                ? "\u202E" + Renderings.reversed(rendered) + "\u202C"
                : rendered;

        assertThat(MASK.mask("Well done " + typed + " for a great week"))
                .as(typed)
                .isEqualTo("Well done [name] for a great week");
        assertThat(MASK.maskFullNames("Well done " + typed + " for a great week"))
                .as(typed)
                .isEqualTo("Well done [name] for a great week");
    }

    /** Each word has enough letters to be read as a word when spelled out; two letters apart are initials, as the checks read them. */
    private static boolean spelledOutAsAWord(String name) {
        return Arrays.stream(name.replaceAll("['\u2019]", "").split("[\\s-]+"))
                .allMatch(word -> word.codePointCount(0, word.length()) >= TextScan.SPELLED_OUT_MINIMUM);
    }

    @Provide
    Arbitrary<String> renderings() {
        return Arbitraries.of(
                "cyrillic and greek",
                "full-width",
                "mathematical bold",
                "mathematical sans-serif",
                "right-to-left override",
                "letter-spaced");
    }

    @Provide
    Arbitrary<RosterPupil> pupils() {
        return Arbitraries.of(DemoRoster.PUPILS);
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(List.of(
                "%s",
                "Well done %s!",
                "Photo of %s's painting.",
                "Star:\n%s\nClass 3",
                "(%s)",
                "\"%s\" said hello",
                "Thanks to %s, and others"));
    }

    @Property(tries = 200)
    void joined_names_in_hashtags_and_handles_are_masked(
            @ForAll("pupils") RosterPupil pupil, @ForAll("joins") String join) {
        var given = pupil.firstName().replaceAll("[^\\p{L}]", "");
        var surname = pupil.surname().replaceAll("[^\\p{L}]", "");
        var text = join.formatted(given, surname);

        assertThat(MASK.mask(text))
                .doesNotContainIgnoringCase(given + surname)
                .doesNotContainIgnoringCase(given + "_" + surname)
                .contains(NameMask.MASK);
    }

    @Provide
    Arbitrary<String> joins() {
        return Arbitraries.of(List.of("#%s%s", "@%s_%s", "Hello #Well%s%s today", "@%s.%s"));
    }

    /** A case's \\n as the line break it stands for, which a CSV row cannot hold. */
    private static String lines(String text) {
        return text.replace("\\n", "\n");
    }
}
