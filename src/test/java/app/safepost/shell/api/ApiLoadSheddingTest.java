package app.safepost.shell.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.testing.Api;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SafepostServerTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * More API calls than the portal serves at once are answered 503 problem+json with Retry-After before
 * anything else runs, while staff screens are not limited. The places are held by the test itself, so
 * the portal is "busy" without load or timing.
 */
@SafepostServerTest
class ApiLoadSheddingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiLoad load;

    private int held;

    private void holdEveryPlace() {
        for (int i = 0; i < load.settings().maxConcurrent(); i++) {
            assertThat(load.enter()).isTrue();
            held++;
        }
    }

    @AfterEach
    void giveBack() {
        for (; held > 0; held--) {
            load.leave();
        }
    }

    @Test
    void an_api_call_finding_every_place_taken_is_answered_503_with_retry_after_and_a_problem() throws Exception {
        var api = new Api(port);
        long shedBefore = load.shedSoFar();
        holdEveryPlace();

        var busy = api.get("/api/v1/me", DemoUsers.HEAD);

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(busy.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = JSON.readTree(busy.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/busy");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).contains("nothing was changed", "Try again in 1 second");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/me");
        assertThat(load.shedSoFar()).isEqualTo(shedBefore + 1);

        giveBack();
        assertThat(api.get("/api/v1/me", DemoUsers.HEAD).statusCode()).isEqualTo(200);
    }

    @Test
    void staff_screens_are_served_while_the_api_is_turning_calls_away() throws Exception {
        holdEveryPlace();
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        for (var screen : new String[] {"/", "/login", "/school"}) {
            var answer = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + screen))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(screen).isNotEqualTo(503).isLessThan(400);
        }
        assertThat(new Api(port).get("/api/v1/me", DemoUsers.HEAD).statusCode()).isEqualTo(503);
    }

    @Test
    void a_call_that_finds_the_waiting_room_full_is_turned_away_at_once_and_a_waiting_one_gets_the_next_place() {
        var small = new ApiLoad(
                new ApiLoadSettings(1, 1, Duration.ofMinutes(5), Duration.ofSeconds(30)),
                new SimpleMeterRegistry(),
                Clock.systemUTC());
        assertThat(small.enter()).isTrue();
        var waiter = CompletableFuture.supplyAsync(small::enter);
        await().until(() -> small.waiting() == 1);

        assertThat(small.enter())
                .as("with one served and one waiting, a third does not queue")
                .isFalse();
        assertThat(small.shedSoFar()).isEqualTo(1);
        assertThat(waiter).isNotDone();

        small.leave();
        assertThat(waiter.join()).isTrue();
        assertThat(small.inFlight()).isEqualTo(1);
        assertThat(small.settings().retryAfterSeconds()).isEqualTo(30);
    }
}
