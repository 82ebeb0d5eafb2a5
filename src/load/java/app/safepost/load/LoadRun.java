package app.safepost.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the simulations of one run share, set by {@link LoadHarness} before Gatling starts them (they
 * run in its JVM): the portal's address, who signs in, the API's tokens, the photo to attach and the
 * drafts waiting for an SLT decision.
 */
final class LoadRun {

    record Person(String username, String password, String role) {}

    record ApiCaller(String token, String accountId) {}

    static volatile String base;
    static volatile List<Person> people = List.of();
    static volatile List<ApiCaller> apiCallers = List.of();
    static volatile byte[] photo;
    static volatile LoadSettings settings;
    /** UI sessions: how many, how long; set for each simulation. */
    static volatile int sessions;

    static volatile long rampSeconds;
    static volatile long steadySeconds;
    static volatile List<Integer> apiRates = List.of();
    static volatile long apiStepSeconds;
    /** Submitted drafts for SLT's virtual users to approve, each taken once. */
    static final ConcurrentLinkedQueue<String> submitted = new ConcurrentLinkedQueue<>();
    /** Seconds from a photo's upload to the end of its analysis (faces and text), as the editor showed it. */
    static final ConcurrentLinkedQueue<Double> analysisSeconds = new ConcurrentLinkedQueue<>();
    /** Drafts left unsent because their photo's analysis had not finished after two minutes of polling. */
    static final AtomicInteger analysisGivenUp = new AtomicInteger();

    private LoadRun() {}
}
