package app.safepost.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/** Sessions that sign in, open the dashboard and stay open, idle: for the heap each one costs. */
public class IdleSessionsSimulation extends Simulation {

    public IdleSessionsSimulation() {
        setUp(StaffJourneys.idle("idle sessions", LoadRun.sessions)
                        .injectOpen(rampUsers(LoadRun.sessions).during(Duration.ofSeconds(LoadRun.rampSeconds))))
                .protocols(StaffJourneys.protocol());
    }
}
