package app.safepost.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.Map;

/**
 * A school's scripts calling {@code POST /api/v1/compliance/checks}: each call is one virtual user (an
 * open model: arrivals at a rate, whatever the answers' speed), with a bearer token the script fetched
 * once from Keycloak, over kept-alive connections shared by all calls.
 */
final class ComplianceApi {

    /** A class-account post near X's limit (266 of 280 characters): initials, a hashtag, an emoji, no pupil's name. */
    static final String POST = "Our class measured friction today with toy cars on ramps, timing each run with a"
            + " stopwatch and recording it in a table. A.K. and J.M. found that carpet slows the cars down far"
            + " more than wood or lino. Next week we will test ramps at different heights! \uD83D\uDE97"
            + " #JGPLearning";

    private ComplianceApi() {}

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(LoadRun.base).acceptHeader("application/json").shareConnections();
    }

    static ScenarioBuilder calls(String name) {
        var callers = LoadRun.apiCallers.stream()
                .map(c -> Map.<String, Object>of("token", c.token(), "accountId", c.accountId()))
                .toList();
        return scenario(name)
                .feed(listFeeder(callers).circular())
                .exec(http(name)
                        .post("/api/v1/compliance/checks")
                        .header("Authorization", "Bearer #{token}")
                        .header("Content-Type", "application/json")
                        .body(StringBody("{\"accountId\":\"#{accountId}\",\"text\":" + quoted(POST) + "}"))
                        .check(status().is(200), jsonPath("$.verdict").is("pass")));
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static List<Integer> rates() {
        return LoadRun.apiRates;
    }
}
