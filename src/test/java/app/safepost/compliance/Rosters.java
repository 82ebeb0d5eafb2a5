package app.safepost.compliance;

import app.safepost.compliance.bench.GeneratedRoster;
import java.util.ArrayList;
import java.util.List;

/** The rosters the name checks are tried on: the demo school's, and a generated one of 2,000 pupils with the demo's among them. */
final class Rosters {

    /** 2,000 generated pupils (the benchmark's) and the demo school's 196, indexed with the demo school's name. */
    static final PostChecker GENERATED =
            new PostChecker(RosterIndex.build(generatedWithDemo(), DemoRoster.SCHOOL_NAME));

    static final List<PostChecker> BOTH = List.of(DemoRoster.CHECKER, GENERATED);

    private Rosters() {}

    private static List<RosterPupil> generatedWithDemo() {
        var pupils = new ArrayList<>(GeneratedRoster.of(2_000, 42));
        pupils.addAll(DemoRoster.PUPILS);
        return pupils;
    }

    static String name(PostChecker checker) {
        return checker == DemoRoster.CHECKER
                ? "demo roster"
                : "generated roster of " + checker.roster().size();
    }
}
