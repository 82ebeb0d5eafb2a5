package app.safepost.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/** The API goal: the compliance check at rising rates, one after the other, each reported on its own. */
public class ApiThroughputSimulation extends Simulation {

    public ApiThroughputSimulation() {
        PopulationBuilder steps = null;
        for (int rate : ComplianceApi.rates()) {
            var step = ComplianceApi.calls("compliance check at " + rate + "/s")
                    .injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(LoadRun.apiStepSeconds)));
            steps = steps == null ? step : steps.andThen(step);
        }
        setUp(steps).protocols(ComplianceApi.protocol());
    }
}
