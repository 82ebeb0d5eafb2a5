package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The platforms' length limits, as warnings. */
class LengthLimitsTest {

    @ParameterizedTest(name = "{0}: {1} × \"{2}\" → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            X        | 280 | a   | pass
            X        | 281 | a   | warn
            X        | 140 | 水  | pass
            X        | 141 | 水  | warn
            X        | 140 | 🎉  | pass
            X        | 141 | 🎉  | warn
            BLUESKY  | 300 | a   | pass
            BLUESKY  | 301 | a   | warn
            BLUESKY  | 300 | 👨‍👩‍👧 | pass
            BLUESKY  | 301 | 👨‍👩‍👧 | warn
            BLUESKY  | 300 | é  | pass
            MASTODON | 500 | a   | pass
            MASTODON | 501 | a   | warn
            MASTODON | 500 | 🎉  | pass
            """)
    void posts_longer_than_the_platform_takes_warn(String platform, int times, String unit, String verdict) {
        var account = new AccountRules(
                AccountRules.Kind.WHOLE_SCHOOL, AccountRules.Platform.valueOf(platform), Guidance.none());
        var text = unit.repeat(times);
        var result = DemoRoster.CHECKER.check(account, PostUnderCheck.text(text));

        assertThat(result.verdict().apiName()).as("%s", result).isEqualTo(verdict);
        if (verdict.equals("warn")) {
            var finding = result.findings().getFirst();
            assertThat(finding.clause()).isEqualTo("length-limit");
            assertThat(finding.end()).isEqualTo(text.length());
            assertThat(finding.start()).isBetween(1, text.length() - 1);
        }
    }

    @ParameterizedTest(name = "{0} with a long link")
    @CsvSource(delimiter = '|', textBlock = """
            X        | 250
            MASTODON | 470
            """)
    void a_long_link_counts_as_23(String platform, int filler) {
        var account = new AccountRules(
                AccountRules.Kind.WHOLE_SCHOOL, AccountRules.Platform.valueOf(platform), Guidance.none());
        var text = "a".repeat(filler) + " https://example.org/" + "x".repeat(100);

        assertThat(DemoRoster.CHECKER.check(account, PostUnderCheck.text(text)).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "X counts \"{0}\" as twitter-text does")
    @CsvSource(delimiter = '|', textBlock = """
            Hello world
            See https://example.org/a/very/long/path/indeed for more
            Visit example.org today
            Well done A.K. and T.O.!
            🎉🎉 party
            👨‍👩‍👧 family
            👍🏽 thumbs
            🇬🇧 flag
            ©® marks
            水 water 水水
            é accent
            Zoë and Siobhán
            #️⃣ keycap
            done.Well
            """)
    void the_quick_x_count_agrees_with_twitter_text(String text) {
        text = text.replace("\\u0301", "\u0301");

        assertThat(LengthLimits.xWeightedLength(text))
                .isEqualTo(com.twitter.twittertext.TwitterTextParser.parseTweet(text).weightedLength);
    }

    @ParameterizedTest(name = "{0} counts \"{1}\" as {2} of {3}")
    @CsvSource(delimiter = '|', textBlock = """
            X        | Hello                                   | 5  | 280
            X        | 水水                                     | 4  | 280
            X        | 🎉 party                                | 8  | 280
            X        | See https://example.org/a/very/long/one | 27 | 280
            BLUESKY  | 👨‍👩‍👧 family                              | 8  | 300
            MASTODON | See https://example.org/a/very/long/one | 27 | 500
            MASTODON | 🎉                                      | 1  | 500
            """)
    void the_counter_counts_as_the_platform_does(String platform, String text, int used, int limit) {
        var length = new ComplianceChecks(Clock.systemUTC()).length(AccountRules.Platform.valueOf(platform), text);

        assertThat(length).isEqualTo(new PostLength(used, limit));
        assertThat(length.remaining()).isEqualTo(limit - used);
        assertThat(length.over()).isFalse();
    }
}
