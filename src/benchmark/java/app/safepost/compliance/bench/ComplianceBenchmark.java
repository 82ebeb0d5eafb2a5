package app.safepost.compliance.bench;

import app.safepost.compliance.AccountRules;
import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Guidance;
import app.safepost.compliance.PostChecker;
import app.safepost.compliance.PostUnderCheck;
import app.safepost.compliance.RosterIndex;
import app.safepost.compliance.RosterPupil;
import app.safepost.compliance.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long one check of a 280-character post against a 2,000-pupil roster takes, and how long
 * indexing that roster takes. Run by {@link ComplianceBenchmarkRunner}; see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
public class ComplianceBenchmark {

    static final int PUPILS = 2_000;

    /** A class post with names that are ordinary words, initials, a tag, hashtags and an emoji. */
    static final String POST = fit(
            "What a brilliant morning for Class 3! 🎉 We will hope for sunshine on sports "
                    + "day. Well done to A.K. and T.O. for their volcano projects, and thank you to everyone who "
                    + "brought cakes for the sale. Our parent helpers were amazing, and so were @JGP_Owls when they "
                    + "visited. See you all next week! #JGPKestrels #science #proud",
            280);
    /** The same length with a pupil's full name in it: the post a check must stop. */
    static final String POST_WITH_A_FULL_NAME = fit("Amelia Khan " + POST, 280);

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private List<RosterPupil> roster;
    private PostChecker checker;
    private AccountRules account;
    private PostUnderCheck post;
    private PostUnderCheck postWithAFullName;

    @Setup
    public void setUp() {
        roster = GeneratedRoster.of(PUPILS, 42);
        var demo = new RosterPupil("J820300120086", "Amelia", "Khan", null, "Class 3", true, false);
        roster = new java.util.ArrayList<>(roster);
        roster.add(demo);
        checker = new PostChecker(RosterIndex.build(roster));
        var guidance = new Guidance(
                Set.of("#JGPKestrels"),
                Set.of("rubbish"),
                Set.of("#ad"),
                Set.of("@JGP_Owls"),
                3,
                Severity.WARN,
                Severity.BLOCK,
                Severity.WARN,
                Severity.WARN,
                "");
        account = new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.X, guidance);
        post = new PostUnderCheck(POST, List.of("Children holding their volcanoes"), List.of());
        postWithAFullName = new PostUnderCheck(POST_WITH_A_FULL_NAME, List.of(), List.of());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ComplianceResult checkAPost() {
        return checker.check(account, post, DAY);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ComplianceResult checkAPostWithAFullName() {
        return checker.check(account, postWithAFullName, DAY);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RosterIndex indexTheRoster() {
        return RosterIndex.build(roster);
    }

    private static String fit(String text, int length) {
        var fitted = new StringBuilder(text);
        while (fitted.length() < length) {
            fitted.append(" #learning");
        }
        return fitted.substring(0, length);
    }
}
