package app.safepost.drafting.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.SafepostServerTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

/**
 * Not a test: times {@code POST /api/v1/compliance/checks} end to end on loopback (HTTP, Basic
 * sign-in, JSON, the rights and guidance lookups, the check) over 2,000 requests after 300 to warm
 * up, and writes p50/p95/p99 to target/benchmarks/compliance-api.txt. Run it with
 * {@code ./mvnw test -Pbenchmark -Dtest=ComplianceApiBenchmark}.
 */
@Tag("benchmark")
@SafepostServerTest
class ComplianceApiBenchmark {

    private static final int WARM_UP = 300;
    private static final int REQUESTS = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Test
    void time_the_check_endpoint() throws IOException {
        var api = new Api(port);
        String kestrels = null;
        for (var account : JSON.readTree(api.get("/api/v1/accounts", "teacher").body())) {
            kestrels = account.get("id").asString();
        }
        // A 280-character post with initials, a hashtag, a handle and ordinary words that are also names.
        var text = ("Well done A.K. and T.O.! Today Class 3 will hope for sunshine at sports day. We sang, ran and "
                        + "read together with @JGP_Owls and finished with a picnic on the field. Thank you to every parent "
                        + "who helped. #JGPLearning #SportsDay Next week: our trip to the library to choose new books!!")
                .substring(0, 280);
        var body = JSON.createObjectNode()
                .put("accountId", kestrels)
                .put("text", text)
                .toString();
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(api.send("POST", "/api/v1/compliance/checks", "teacher", "application/json", body)
                            .statusCode())
                    .isEqualTo(200);
        }
        var nanos = new long[REQUESTS];
        // The same client calling GET /api/v1/me: the cost of HTTP and the demo sign-in (BCrypt on each
        // Basic request) alone, to tell it apart from the check's own cost.
        var baseline = new long[REQUESTS];
        long checking = 0;
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            var response = api.send("POST", "/api/v1/compliance/checks", "teacher", "application/json", body);
            nanos[i] = System.nanoTime() - start;
            checking += nanos[i];
            assertThat(response.statusCode()).isEqualTo(200);
            start = System.nanoTime();
            assertThat(api.get("/api/v1/me", "teacher").statusCode()).isEqualTo(200);
            baseline[i] = System.nanoTime() - start;
        }
        double seconds = checking / 1e9;
        Arrays.sort(nanos);
        Arrays.sort(baseline);
        var report = String.format(
                Locale.ROOT,
                "POST /api/v1/compliance/checks, %d sequential requests on loopback"
                        + " after %d to warm up (%s, %d cores, load average %.1f)%n"
                        + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %.0f requests/s from one client%n"
                        + "baseline GET /api/v1/me (HTTP and Basic sign-in only): p50 %.2f ms, p95 %.2f ms%n",
                REQUESTS,
                WARM_UP,
                java.time.Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                ms(nanos, 0.50),
                ms(nanos, 0.95),
                ms(nanos, 0.99),
                nanos[REQUESTS - 1] / 1e6,
                REQUESTS / seconds,
                ms(baseline, 0.50),
                ms(baseline, 0.95));
        System.out.println(report);
        var file = Path.of("target", "benchmarks", "compliance-api.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
