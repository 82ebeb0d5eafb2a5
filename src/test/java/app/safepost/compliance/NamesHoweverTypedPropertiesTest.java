package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/**
 * Properties of the name checks over random pupils of the demo roster and of a generated roster of
 * 2,000: a first name in any Title Case sentence on a class account; a full name with any whitespace
 * between and in any case on every account; and a full name in any look-alike rendering.
 */
class NamesHoweverTypedPropertiesTest {

    /** Words of a school's headlines, none a pupil's name, a title or a word the list knows as a surname. */
    private static final List<String> HEADLINE_WORDS = List.of(
            "well",
            "done",
            "for",
            "a",
            "great",
            "week",
            "star",
            "of",
            "the",
            "today",
            "class",
            "super",
            "reading",
            "writing",
            "maths",
            "wins",
            "award",
            "amazing",
            "work",
            "on",
            "our",
            "trip",
            "to",
            "farm",
            "museum",
            "sports",
            "morning",
            "fun",
            "at",
            "school",
            "and",
            "brilliant",
            "poem",
            "art",
            "first",
            "place",
            "in",
            "race",
            "learning",
            "about",
            "volcanoes",
            "team",
            "proud",
            "moment",
            "this",
            "term",
            "kind",
            "helpful",
            "friend",
            "is",
            "back",
            "after",
            "half",
            "spelling",
            "bee",
            "winner",
            "year",
            "with",
            "new",
            "book",
            "club",
            "sings",
            "choir",
            "concert",
            "congratulations",
            "big",
            "thank",
            "you",
            "from",
            "everyone",
            "happy",
            "birthday",
            "gold",
            "medal",
            "swimming",
            "gala");

    private static final List<AccountRules> ACCOUNTS = List.of(
            Checks.CLASS,
            Checks.WHOLE_SCHOOL,
            new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.BLUESKY, Guidance.none()),
            new AccountRules(AccountRules.Kind.WHOLE_SCHOOL, AccountRules.Platform.MASTODON, Guidance.none()));

    @Property(tries = 600, seed = "20261204")
    void a_pupils_first_name_in_any_title_case_sentence_on_a_class_account_is_found(
            @ForAll("pupilsOfEitherRoster") Tuple2<PostChecker, RosterPupil> pupilOfRoster,
            @ForAll("headline") List<String> before,
            @ForAll("headline") List<String> after,
            @ForAll boolean usePreferred) {
        var pupil = pupilOfRoster.get2();
        String given = usePreferred && pupil.preferredName() != null ? pupil.preferredName() : pupil.firstName();
        String opening = titleCase(before);
        String text =
                opening + (opening.isEmpty() ? "" : " ") + given + (after.isEmpty() ? "" : " " + titleCase(after));
        int at = opening.isEmpty() ? 0 : opening.length() + 1;

        var result = pupilOfRoster.get1().check(Checks.CLASS, PostUnderCheck.text(text));

        boolean ordinary = OrdinaryWords.WORDS.contains(NameKeys.spaced(given));
        assertThat(result.findings()).as("%s in \"%s\"", result, text).anySatisfy(f -> {
            assertThat(f.clause()).isIn("P12", "P13");
            assertThat(f.start()).isLessThanOrEqualTo(at);
            assertThat(f.end()).isGreaterThan(at);
            if (!ordinary) {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            }
        });
    }

    @Property(tries = 600, seed = "20261204")
    void a_pupils_full_name_with_any_whitespace_between_in_any_case_blocks_on_every_account(
            @ForAll("pupilsOfEitherRoster") Tuple2<PostChecker, RosterPupil> pupilOfRoster,
            @ForAll("accounts") AccountRules account,
            @ForAll("headline") List<String> before,
            @ForAll("whitespace") String between,
            @ForAll("casing") String casing,
            @ForAll boolean usePreferred,
            @ForAll long seed) {
        var pupil = pupilOfRoster.get2();
        String given = recase(
                usePreferred && pupil.preferredName() != null ? pupil.preferredName() : pupil.firstName(),
                casing,
                seed);
        String surname = recase(pupil.surname(), casing, seed + 1);
        String name = given + between + surname;
        String text = String.join(" ", before) + " " + name + " today";

        var result = pupilOfRoster.get1().check(account, PostUnderCheck.text(text));

        boolean ordinaryInLowerCase = isOrdinaryInLowerCase(given) && isOrdinaryInLowerCase(surname);
        assertThat(result.findings()).as("%s in \"%s\"", result, text).anySatisfy(f -> {
            assertThat(f.clause()).isEqualTo("P12");
            assertThat(text.substring(f.start(), f.end())).isEqualTo(name);
            assertThat(f.severity()).isEqualTo(ordinaryInLowerCase ? Severity.WARN : Severity.BLOCK);
        });
    }

    @Property(tries = 800, seed = "20261204")
    void any_look_alike_rendering_of_a_pupils_full_name_blocks(
            @ForAll("pupilsOfEitherRoster") Tuple2<PostChecker, RosterPupil> pupilOfRoster,
            @ForAll("accounts") AccountRules account,
            @ForAll("rendering") String rendering,
            @ForAll boolean invisibleInserted,
            @ForAll boolean usePreferred,
            @ForAll long seed) {
        var pupil = pupilOfRoster.get2();
        String given = usePreferred && pupil.preferredName() != null ? pupil.preferredName() : pupil.firstName();
        var random = new Random(seed);
        String rendered = Renderings.render(given + " " + pupil.surname(), rendering, random);
        if (invisibleInserted) {
            rendered = Renderings.insertInvisible(rendered, random);
        }
        String typed = rendering.equals("right-to-left override")
                ? "\u202E" + Renderings.reversed(rendered) + "\u202C"
                : rendered;
        String shownAs = rendering.equals("right-to-left override") ? typed.substring(1, typed.length() - 1) : typed;
        String text = "Well done " + typed + " for a great week";

        var result = pupilOfRoster.get1().check(account, PostUnderCheck.text(text));

        assertThat(result.verdict()).as("%s in \"%s\"", result, text).isEqualTo(Verdict.BLOCK);
        assertThat(result.findings()).as("%s in \"%s\"", result, text).anySatisfy(f -> {
            assertThat(f.clause()).isEqualTo("P12");
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(shownAs);
        });
    }

    @Test
    void the_headline_words_are_ordinary_words_and_no_pupils_names() {
        var words = EnglishWords.list();
        for (String word : HEADLINE_WORDS) {
            int flags = words.lookUp(word);
            assertThat(flags).as(word).isNotEqualTo(EnglishWords.NOT_A_WORD);
            assertThat((flags & EnglishWords.ALSO_A_NAME) == 0 || (flags & EnglishWords.COMMONEST) != 0)
                    .as("%s is known as a name and is not among the commonest words", word)
                    .isTrue();
            assertThat(OrdinaryWords.TITLES).doesNotContain(word);
            for (var checker : Rosters.BOTH) {
                int id = checker.roster().phrases.get(word);
                assertThat(id < 0
                                || !(checker.roster().isGiven(id)
                                        || checker.roster().isSurname(id)))
                        .as("%s on the %s", word, Rosters.name(checker))
                        .isTrue();
            }
        }
    }

    private static String recase(String name, String casing, long seed) {
        return switch (casing) {
            case "as written" -> name;
            case "lower" -> name.toLowerCase(Locale.ROOT);
            case "upper" -> name.toUpperCase(Locale.ROOT);
            case "random" -> {
                var random = new Random(seed);
                var out = new StringBuilder();
                name.codePoints()
                        .forEach(c -> out.appendCodePoint(
                                random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c)));
                yield out.toString();
            }
            default -> throw new IllegalArgumentException(casing);
        };
    }

    private static boolean isOrdinaryInLowerCase(String name) {
        return OrdinaryWords.WORDS.contains(NameKeys.spaced(name)) && name.equals(name.toLowerCase(Locale.ROOT));
    }

    private static String titleCase(List<String> words) {
        var out = new ArrayList<String>();
        for (String word : words) {
            out.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return String.join(" ", out);
    }

    @Provide
    Arbitrary<Tuple2<PostChecker, RosterPupil>> pupilsOfEitherRoster() {
        return Arbitraries.of(Rosters.BOTH)
                .flatMap(checker ->
                        Arbitraries.of(Arrays.asList(checker.roster().pupils)).map(pupil -> Tuple.of(checker, pupil)));
    }

    @Provide
    Arbitrary<List<String>> headline() {
        return Arbitraries.of(HEADLINE_WORDS).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<AccountRules> accounts() {
        return Arbitraries.of(ACCOUNTS);
    }

    @Provide
    Arbitrary<String> whitespace() {
        return Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\n\n", "\u00A0", "\u2003", "\u3000", "\u202F", "\u2028")
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> casing() {
        return Arbitraries.of("as written", "lower", "upper", "random");
    }

    @Provide
    Arbitrary<String> rendering() {
        return Arbitraries.of(
                "cyrillic and greek",
                "full-width",
                "mathematical bold",
                "mathematical sans-serif",
                "right-to-left override");
    }
}
