package app.safepost.compliance;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void a_name_split_over_lines_is_one_mask_and_the_rest_of_the_text_keeps_its_place() {
        assertThat(MASK.mask("Star of the week:\nHarper\nMoss\n\nThanks all")).isEqualTo("Star of the week:\n[name]\n\nThanks all");
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
        assertThat(NameMask.of(RosterIndex.build(DemoRoster.PUPILS)).mask("Jesse Gray Primary")).isEqualTo("[name] Gray Primary");
    }

    @Property(tries = 300)
    void no_pupils_first_name_or_surname_survives_in_any_case_or_position(
            @ForAll("pupils") RosterPupil pupil, @ForAll("templates") String template, @ForAll boolean upper) {
        var full = pupil.firstName() + " " + pupil.surname();
        var written = upper ? full.toUpperCase(Locale.ROOT) : full;
        var masked = MASK.mask(template.formatted(written));

        assertThat(masked).contains(NameMask.MASK);
        for (var word : full.split("[\\s-]+")) {
            assertThat(masked.toLowerCase(Locale.ROOT)).doesNotContainPattern(
                    "(?<![\\p{L}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}])");
        }
    }

    @Provide
    Arbitrary<RosterPupil> pupils() {
        return Arbitraries.of(DemoRoster.PUPILS);
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(List.of("%s", "Well done %s!", "Photo of %s's painting.", "Star:\n%s\nClass 3",
                "(%s)", "\"%s\" said hello", "Thanks to %s, and others"));
    }

    @Property(tries = 200)
    void joined_names_in_hashtags_and_handles_are_masked(@ForAll("pupils") RosterPupil pupil,
                                                         @ForAll("joins") String join) {
        var given = pupil.firstName().replaceAll("[^\\p{L}]", "");
        var surname = pupil.surname().replaceAll("[^\\p{L}]", "");
        var text = join.formatted(given, surname);

        assertThat(MASK.mask(text)).doesNotContainIgnoringCase(given + surname)
                .doesNotContainIgnoringCase(given + "_" + surname).contains(NameMask.MASK);
    }

    @Provide
    Arbitrary<String> joins() {
        return Arbitraries.of(List.of("#%s%s", "@%s_%s", "Hello #Well%s%s today", "@%s.%s"));
    }
}
