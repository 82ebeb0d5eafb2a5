package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over random demo pupils and random text around them: a pupil's first (or preferred)
 * name with their surname always blocks, on every account; their initials always pass; text made
 * of words that are no pupil's name never blocks; and no message ever repeats a surname.
 */
class CompliancePropertiesTest {

    /** Everyday words, less any that is a pupil's name on the demo roster (checked below). */
    private static final List<String> WORDS = List.of(
            "the",
            "class",
            "went",
            "to",
            "a",
            "lovely",
            "trip",
            "and",
            "we",
            "learned",
            "about",
            "volcanoes",
            "with",
            "our",
            "teacher",
            "it",
            "was",
            "great",
            "fun",
            "everyone",
            "worked",
            "hard",
            "on",
            "their",
            "projects",
            "science",
            "maths",
            "reading",
            "writing",
            "art",
            "music",
            "football",
            "netball",
            "assembly",
            "lunch",
            "playground",
            "garden",
            "plants",
            "seeds",
            "water",
            "sunflowers",
            "beans",
            "painted",
            "built",
            "wrote",
            "poems",
            "stories",
            "sang",
            "songs",
            "danced",
            "proud",
            "of",
            "in",
            "from",
            "for",
            "Well",
            "done",
            "Great",
            "work",
            "Thank",
            "you",
            "everybody",
            "parents",
            "helpers",
            "cakes",
            "sale",
            "raised",
            "money",
            "charity",
            "books",
            "library",
            "visit",
            "museum",
            "castle",
            "farm",
            "lambs",
            "ducks",
            "Monday",
            "Tuesday",
            "Friday",
            "Year",
            "Reception",
            "🎉",
            "👏",
            "!",
            ".",
            ",",
            "?",
            ":",
            "-",
            "(",
            ")",
            "\"",
            "&");

    private static final List<String> ORDINARY_NAMES = DemoRoster.PUPILS.stream()
            .flatMap(p -> java.util.stream.Stream.of(p.firstName(), p.surname()))
            .map(name -> name.toLowerCase(Locale.ROOT))
            .filter(OrdinaryWords.WORDS::contains)
            .distinct()
            .toList();

    private static final List<AccountRules> ACCOUNTS = List.of(
            Checks.CLASS,
            Checks.WHOLE_SCHOOL,
            new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.BLUESKY, Guidance.none()),
            new AccountRules(AccountRules.Kind.WHOLE_SCHOOL, AccountRules.Platform.MASTODON, Guidance.none()));

    @Property(tries = 500, seed = "20261125")
    void a_pupils_first_name_and_surname_always_block_on_every_account(
            @ForAll("pupils") RosterPupil pupil,
            @ForAll("accounts") AccountRules account,
            @ForAll("text") String before,
            @ForAll("text") String after,
            @ForAll("spaces") String between,
            @ForAll boolean usePreferred) {
        String given = usePreferred && pupil.preferredName() != null ? pupil.preferredName() : pupil.firstName();
        String text = before + " " + given + between + pupil.surname() + " " + after;

        var result = DemoRoster.CHECKER.check(account, PostUnderCheck.text(text));

        assertThat(result.verdict()).as("%s in %s", result, text).isEqualTo(Verdict.BLOCK);
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.clause()).isEqualTo("P12");
            assertThat(text.substring(f.start(), f.end())).isEqualTo(given + between + pupil.surname());
        });
        assertNoMessageNamesASurname(result);
    }

    @Property(tries = 500, seed = "20261125")
    void a_pupils_initials_always_pass(
            @ForAll("pupils") RosterPupil pupil,
            @ForAll("accounts") AccountRules account,
            @ForAll("text") String before,
            @ForAll("text") String after,
            @ForAll boolean dotted) {
        String first = NameKeys.spaced(pupil.firstName()).substring(0, 1).toUpperCase(Locale.ROOT);
        String last = NameKeys.spaced(pupil.surname()).substring(0, 1).toUpperCase(Locale.ROOT);
        String initials = dotted ? first + "." + last + "." : first + last;
        String text = before + " " + initials + " " + after;

        var result = DemoRoster.CHECKER.check(account, PostUnderCheck.text(text));

        assertThat(result.verdict()).as("%s in %s", result, text).isEqualTo(Verdict.PASS);
    }

    @Property(tries = 1000, seed = "20261125")
    void text_without_pupils_names_never_blocks(@ForAll("accounts") AccountRules account, @ForAll("text") String text) {
        var result = DemoRoster.CHECKER.check(account, PostUnderCheck.text(text));

        assertThat(result.verdict()).as("%s in %s", result, text).isNotEqualTo(Verdict.BLOCK);
    }

    @Property(tries = 1000, seed = "20261125")
    void names_that_are_ordinary_words_never_block_in_lower_case(
            @ForAll("accounts") AccountRules account, @ForAll("textWithOrdinaryNames") String text) {
        var result = DemoRoster.CHECKER.check(account, PostUnderCheck.text(text));

        assertThat(result.verdict()).as("%s in %s", result, text).isNotEqualTo(Verdict.BLOCK);
        assertNoMessageNamesASurname(result);
    }

    @Property(tries = 300, seed = "20261125")
    void no_message_repeats_a_surname(
            @ForAll("pupils") RosterPupil pupil,
            @ForAll("accounts") AccountRules account,
            @ForAll("text") String before) {
        String text = before + " " + pupil.surname() + " and " + pupil.firstName() + " " + pupil.surname() + " #"
                + pupil.firstName().replace(" ", "") + pupil.surname().replaceAll("[ '’-]", "");
        var post = new PostUnderCheck(
                text,
                List.of(pupil.firstName() + " " + pupil.surname()),
                List.of(new PupilInMedia(pupil.upn(), false), new PupilInMedia("J000000000000", true)));

        var result = DemoRoster.CHECKER.check(account, post);

        assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
        assertNoMessageNamesASurname(result);
    }

    @Property(tries = 300, seed = "20261125")
    void the_quick_x_count_always_agrees_with_twitter_text(@ForAll("tweetPieces") List<String> pieces) {
        String text = String.join("", pieces);

        assertThat(LengthLimits.xWeightedLength(text))
                .as(text)
                .isEqualTo(com.twitter.twittertext.TwitterTextParser.parseTweet(text).weightedLength);
    }

    @Provide
    Arbitrary<List<String>> tweetPieces() {
        return Arbitraries.of(
                        "word",
                        "Amelia",
                        " ",
                        "  ",
                        "\n",
                        ".",
                        "A.K.",
                        "example.org",
                        "https://example.org/x",
                        "🎉",
                        "👨‍👩‍👧",
                        "👍🏽",
                        "🇬🇧",
                        "©",
                        "®",
                        "水",
                        "é",
                        "e\u0301",
                        "Zoë",
                        "#️⃣",
                        "\u200D",
                        "\uFE0F",
                        "!",
                        "@JGP_Owls",
                        "#science",
                        "x.co",
                        "Ｚｏｅ",
                        "\t")
                .list()
                .ofMaxSize(40);
    }

    @Property(tries = 1, seed = "20261125")
    void the_everyday_words_are_no_pupils_names() {
        for (String word : WORDS) {
            String key = NameKeys.spaced(word);
            int id = key.isEmpty() ? -1 : DemoRoster.INDEX.phrases.get(key);
            assertThat(id < 0 || !(DemoRoster.INDEX.isGiven(id) || DemoRoster.INDEX.isSurname(id)))
                    .as(word)
                    .isTrue();
        }
    }

    private static final List<String> SURNAMES =
            DemoRoster.PUPILS.stream().map(RosterPupil::surname).distinct().toList();
    private static final List<Pattern> SURNAMES_AS_WORDS = SURNAMES.stream()
            .map(surname -> Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(surname) + "(?![\\p{L}])"))
            .toList();

    /** Neither as a word in any case, nor inside another word as written ("Le" in "Length"). */
    static void assertNoMessageNamesASurname(ComplianceResult result) {
        for (var finding : result.findings()) {
            for (int s = 0; s < SURNAMES.size(); s++) {
                assertThat(SURNAMES_AS_WORDS.get(s).matcher(finding.message()).find())
                        .as("message %s names %s", finding.message(), SURNAMES.get(s))
                        .isFalse();
                assertThat(finding.message()).doesNotContain(SURNAMES.get(s));
            }
        }
    }

    @Provide
    Arbitrary<RosterPupil> pupils() {
        return Arbitraries.of(DemoRoster.PUPILS);
    }

    @Provide
    Arbitrary<AccountRules> accounts() {
        return Arbitraries.of(ACCOUNTS);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of(" ", "  ", "\t", " \u00A0");
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(WORDS).list().ofMaxSize(20).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> textWithOrdinaryNames() {
        var word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(ORDINARY_NAMES)));
        var separator = Arbitraries.of(" ", " ", " ", ", ", "\n", ". ");
        return Combinators.combine(
                        word.list().ofMinSize(1).ofMaxSize(20), separator.list().ofSize(20))
                .as((words, separators) -> {
                    var text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(separators.get(i));
                    }
                    return text.toString().toLowerCase(Locale.ROOT);
                });
    }
}
