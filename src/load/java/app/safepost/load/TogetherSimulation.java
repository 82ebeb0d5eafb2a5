package app.safepost.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/** Staff sessions and the API at once: the API starts when every session has signed in. */
public class TogetherSimulation extends Simulation {

    public TogetherSimulation() {
        long deadline = System.currentTimeMillis() + (LoadRun.rampSeconds + LoadRun.steadySeconds) * 1000;
        int rate = LoadRun.apiRates.getFirst();
        setUp(
                StaffJourneys.working("staff sessions", LoadRun.sessions, deadline)
                        .injectOpen(rampUsers(LoadRun.sessions).during(Duration.ofSeconds(LoadRun.rampSeconds)))
                        .protocols(StaffJourneys.protocol()),
                ComplianceApi.calls("compliance check at " + rate + "/s, with the staff sessions")
                        .injectOpen(
                                nothingFor(Duration.ofSeconds(LoadRun.rampSeconds)),
                                constantUsersPerSec(rate).during(Duration.ofSeconds(LoadRun.steadySeconds)))
                        .protocols(ComplianceApi.protocol()));
    }
}
