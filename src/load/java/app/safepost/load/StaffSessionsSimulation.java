package app.safepost.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The UI goal: staff sessions signing in over the ramp and working until its end (see
 * {@link StaffJourneys#working}). Also the warm-up, with fewer sessions.
 */
public class StaffSessionsSimulation extends Simulation {

    public StaffSessionsSimulation() {
        long deadline = System.currentTimeMillis() + (LoadRun.rampSeconds + LoadRun.steadySeconds) * 1000;
        setUp(StaffJourneys.working("staff sessions", LoadRun.sessions, deadline)
                        .injectOpen(rampUsers(LoadRun.sessions).during(Duration.ofSeconds(LoadRun.rampSeconds))))
                .protocols(StaffJourneys.protocol());
    }
}
