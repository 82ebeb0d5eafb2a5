package app.safepost.load;

import app.safepost.demo.LargeDemoSchool;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load harness of issue 13 ({@code ./mvnw -B -Pload verify}; docs/performance.md). Starts Keycloak if
 * none answers, creates a load-only client and the generated staff in it, starts the packaged portal with
 * a fresh data directory and the large demo school, and runs in turn: a warm-up, idle sessions for the
 * heap each costs, the compliance-check API at rising rates, the staff sessions, and both together.
 * Writes the figures to {@code target/load/summary.md} (and prints them), Gatling's reports beside it,
 * and stops and deletes whatever it started or created, also when a step fails.
 */
public final class LoadHarness {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WARM_UP_API_RATE = 50;
    /** A rate is sustained when every call succeeds and 95 % of them answer within this. */
    static final double SUSTAINED_P95_MS = 200;

    private static final Pattern LARGE_SCHOOL_READY = Pattern.compile("Large demo school ready in (\\d+) s");

    private final Path project = Path.of("").toAbsolutePath();
    private final Path out = project.resolve("target/load");
    private final LoadSettings settings = LoadSettings.fromSystemProperties();
    private final LoadKeycloak keycloak = new LoadKeycloak(project);
    private final Summary summary = new Summary();
    private final AtomicBoolean cleanedUp = new AtomicBoolean();
    private Portal portal;

    public static void main(String[] args) throws Exception {
        int status = new LoadHarness().run();
        System.exit(status);
    }

    private int run() throws Exception {
        Portal.deleteTree(out.resolve("gatling"));
        Portal.deleteTree(out.resolve("portal"));
        Portal.deleteTree(out.resolve("failures"));
        Portal.deleteTree(out.resolve("recordings"));
        Failures.folder = out.resolve("failures");
        Files.createDirectories(out);
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUp, "load-harness-cleanup"));
        summary.line(
                "# Load run of " + Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC");
        summary.line("");
        summary.line("Settings: " + settings.describe() + ". Machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, load average at the start "
                + Machine.loadAverage() + ".");
        try {
            prepare();
            warmUp();
            if (settings.runs("heap")) {
                heapPerSession();
            }
            var cleanRate = settings.runs("api") ? apiThroughput() : 0;
            if (settings.runs("sessions")) {
                staffSessions();
            }
            if (settings.runs("together")) {
                together(cleanRate);
            }
            summary.line("");
            summary.line("Portal log: `target/load/portal/portal.log`; Gatling's reports: `target/load/gatling/`.");
            return 0;
        } catch (Exception | AssertionError e) {
            summary.line("");
            summary.line("**The run stopped early**: " + e);
            e.printStackTrace();
            return 1;
        } finally {
            summary.write(out.resolve("summary.md"));
            cleanUp();
        }
    }

    private void prepare() throws Exception {
        portal = new Portal(project, out.resolve("portal"));
        keycloak.start();
        keycloak.createClientAndStaff(portal.port());
        portal.start(
                LoadKeycloak.CLIENT,
                keycloak.clientSecret(),
                settings.portalHeap(),
                settings.pastPosts(),
                settings.portalArguments());
        long ready = portal.awaitReady(Duration.ofMinutes(15));
        var generated = LARGE_SCHOOL_READY.matcher(Files.readString(portal.log()));
        LoadRun.base = portal.base();
        LoadRun.people = people();
        LoadRun.photo = photo();
        LoadRun.apiCallers = apiCallers();
        var counts = schoolCounts();
        summary.line("");
        summary.line("The portal (pid " + portal.pid() + ", -Xmx" + settings.portalHeap() + ") was ready " + ready
                + " s after its start, " + (generated.find() ? generated.group(1) + " s of it generating" : "")
                + " the large school: " + counts + ".");
        summary.line("Keycloak, Gatling and the portal share the machine's "
                + Runtime.getRuntime().availableProcessors() + " cores.");
    }

    private void warmUp() throws Exception {
        configure(Math.min(20, settings.sessions()), 20, 40);
        var result = GatlingRun.run(StaffSessionsSimulation.class, out.resolve("gatling"), "warm-up");
        summary.line("");
        expectRequests(result);
        LoadRun.apiRates = List.of(WARM_UP_API_RATE);
        LoadRun.apiStepSeconds = 20;
        var api = GatlingRun.run(ApiThroughputSimulation.class, out.resolve("gatling"), "warm-up of the API");
        summary.line("Warm-up (so that the JIT compiler has done its work before anything is measured): "
                + LoadRun.sessions + " staff sessions for " + (int) result.seconds() + " s, "
                + result.total().requests()
                + " requests, " + result.total().errors() + " errors; the API at " + WARM_UP_API_RATE + "/s for 20 s, "
                + api.total().requests() + " requests, " + api.total().errors() + " errors. Not counted below.");
    }

    private void heapPerSession() throws Exception {
        int n = settings.idleSessions();
        long before = portal.heapAfterFullGc();
        configure(n, Math.max(10, n / 4), 0);
        var result = GatlingRun.run(IdleSessionsSimulation.class, out.resolve("gatling"), n + " idle sessions");
        long after = portal.heapAfterFullGc();
        double perSession = (after - before) / (double) n / 1024;
        summary.line("");
        summary.line("## Heap per Vaadin session");
        summary.line("");
        summary.line(String.format(
                Locale.ROOT,
                "%d sessions signed in and opened the dashboard (%d requests, %d errors),"
                        + " then stayed open. Used heap after a full GC: %.1f MB before, %.1f MB after: **%.0f KB per"
                        + " session** (goal: under 300 KB: %s).",
                n,
                result.total().requests(),
                result.total().errors(),
                before / 1048576.0,
                after / 1048576.0,
                perSession,
                perSession < 300 ? "met" : "missed"));
        expectRequests(result);
    }

    /** Returns the highest rate that had no errors (0 if none). */
    private int apiThroughput() throws Exception {
        summary.line("");
        summary.line("## Compliance check API (`POST /api/v1/compliance/checks`, bearer tokens)");
        summary.line("");
        summary.line(
                "Open model: calls arrive at a rate for " + settings.apiStep().toSeconds() + " s, whatever the"
                        + " answers' speed; " + LoadRun.apiCallers.size()
                        + " teachers' tokens, fetched once. The rates are tried"
                        + " in turn until one is not sustained (an error, or p95 of " + (int) SUSTAINED_P95_MS
                        + " ms or more).");
        summary.line("");
        var steps = new ArrayList<GatlingRun.Step>();
        var cpu = new ArrayList<String>();
        var results = new ArrayList<GatlingRun.Result>();
        int sustained = 0;
        LoadRun.apiStepSeconds = settings.apiStep().toSeconds();
        for (int rate : settings.apiRates()) {
            LoadRun.apiRates = List.of(rate);
            var measured = measure(ApiThroughputSimulation.class, "compliance check API at " + rate + "/s");
            var step = measured.result().step("compliance check at " + rate + "/s");
            if (step == null) {
                throw new IllegalStateException("Gatling's report has no step \"compliance check at " + rate + "/s\": "
                        + measured.result().report());
            }
            // Gatling's "per second" spreads the calls over the whole run, answers to late calls included.
            steps.add(new GatlingRun.Step(
                    step.name(),
                    step.requests(),
                    step.errors(),
                    step.p50(),
                    step.p95(),
                    step.p99(),
                    step.max(),
                    step.requests() / (double) settings.apiStep().toSeconds()));
            cpu.add(rate + "/s: " + measured.cpu());
            results.add(measured.result());
            if (step.errors() > 0 || step.p95() >= SUSTAINED_P95_MS) {
                break;
            }
            sustained = rate;
        }
        summary.line("");
        summary.table(steps);
        summary.line("");
        cpu.forEach(summary::line);
        results.forEach(this::errors);
        summary.line("");
        summary.line("Highest rate sustained (no errors, p95 under " + (int) SUSTAINED_P95_MS + " ms): "
                + (sustained == 0 ? "none of those tried" : sustained + " requests/s")
                + ". Goal 1,000 requests/s: " + (sustained >= 1000 ? "met" : "missed") + ".");
        return sustained;
    }

    private void staffSessions() throws Exception {
        configure(
                settings.sessions(),
                settings.ramp().toSeconds(),
                settings.steady().toSeconds());
        LoadRun.submitted.clear();
        LoadRun.analysisSeconds.clear();
        LoadRun.analysisGivenUp.set(0);
        var measured = measure(StaffSessionsSimulation.class, settings.sessions() + " staff sessions");
        var result = measured.result();
        summary.line("");
        summary.line("## " + settings.sessions() + " signed-in staff sessions");
        summary.line("");
        summary.line("Sessions sign in over " + settings.ramp().toSeconds() + " s and work until "
                + settings.steady().toSeconds()
                + " s after the last one signed in; each UIDL request is one UI round trip.");
        summary.line("");
        summary.table(result.steps());
        summary.line("");
        summary.line(measured.cpu());
        summary.line("");
        summary.line(analysisTimes());
        errors(result);
        var roundTrips = result.steps().stream()
                .filter(s -> !s.name().startsWith("sign in"))
                .toList();
        double worstP95 = roundTrips.stream()
                .mapToDouble(GatlingRun.Step::p95)
                .max()
                .orElseThrow(
                        () -> new IllegalStateException("Gatling's report has no UI round trips: " + result.report()));
        long errors = result.total().errors();
        summary.line("");
        summary.line(String.format(
                Locale.ROOT,
                "Worst p95 of a UI round trip: %.0f ms; errors: %d. Goal (p95 under 150 ms," + " no errors): %s.",
                worstP95,
                errors,
                worstP95 < 150 && errors == 0 ? "met" : "missed"));
    }

    private void together(int cleanRate) throws Exception {
        int rate = settings.togetherApiRate() > 0 ? settings.togetherApiRate() : Math.max(cleanRate, 50);
        configure(
                settings.sessions(),
                settings.ramp().toSeconds(),
                settings.steady().toSeconds());
        LoadRun.apiRates = List.of(rate);
        LoadRun.submitted.clear();
        LoadRun.analysisSeconds.clear();
        LoadRun.analysisGivenUp.set(0);
        var measured = measure(TogetherSimulation.class, "staff sessions and the API together");
        summary.line("");
        summary.line("## Together: " + settings.sessions() + " staff sessions and the API at " + rate + " requests/s");
        summary.line("");
        summary.table(measured.result().steps());
        summary.line("");
        summary.line(measured.cpu());
        summary.line("");
        summary.line(analysisTimes());
        summary.line("");
        summary.line("API calls turned away by the portal's load shedding (503 with Retry-After): "
                + shedCalls(measured.result()) + " of "
                + measured.result().steps().stream()
                        .filter(s -> s.name().startsWith("compliance check"))
                        .mapToLong(GatlingRun.Step::requests)
                        .sum()
                + ".");
        errors(measured.result());
    }

    /** How long the photos waited for their analysis, from the upload until the editor showed its result. */
    private static String analysisTimes() {
        var times = LoadRun.analysisSeconds.stream().sorted().toList();
        var givenUp = LoadRun.analysisGivenUp.get();
        if (times.isEmpty()) {
            return "No photo's analysis finished while the editor polled; drafts left after two minutes: " + givenUp
                    + ".";
        }
        return String.format(
                Locale.ROOT,
                "Photos analysed (faces and text) while their author waited: %d; from upload to result p50 %.1f s,"
                        + " p95 %.1f s, max %.1f s (the browser polls each second). Drafts left unsent after two"
                        + " minutes without a result: %d.",
                times.size(),
                times.get(times.size() / 2),
                times.get((int) Math.ceil(times.size() * 0.95) - 1),
                times.getLast(),
                givenUp);
    }

    /** Gatling counts a 503 as a failed status check, "… but actually found 503 (count)". */
    static long shedCalls(GatlingRun.Result result) {
        return result.errors().stream()
                .filter(e -> e.contains("found 503"))
                .mapToLong(e -> Long.parseLong(e.substring(e.lastIndexOf('(') + 1, e.lastIndexOf(')'))))
                .sum();
    }

    private record Measured(GatlingRun.Result result, String cpu) {}

    /**
     * Runs a simulation, with the portal's CPU time and the machine's busy cores over it, and with
     * {@code load.record} a flight recording of the portal over it in {@code target/load/recordings/}.
     */
    private Measured measure(Class<?> simulation, String description) throws Exception {
        Failures.drain();
        if (settings.record()) {
            portal.startRecording();
        }
        double cpuBefore = portal.cpuSeconds();
        double toolsBefore = portal.toolsCpuSeconds();
        double databaseBefore = portal.databaseCpuSeconds();
        double gatlingBefore = Portal.cpuSeconds(ProcessHandle.current().pid());
        var machineBefore = Machine.cpu();
        var result = GatlingRun.run(simulation, out.resolve("gatling"), description);
        if (settings.record()) {
            var recording = out.resolve("recordings").resolve(description.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr");
            portal.stopRecording(recording);
            summary.line("Flight recording of the portal over \"" + description + "\": `"
                    + project.relativize(recording) + "`.");
        }
        double cpu = portal.cpuSeconds() - cpuBefore;
        double tools = portal.toolsCpuSeconds() - toolsBefore;
        double database = portal.databaseCpuSeconds() - databaseBefore;
        double gatling = Portal.cpuSeconds(ProcessHandle.current().pid()) - gatlingBefore;
        double cores = Machine.busyCores(machineBefore, Machine.cpu());
        return new Measured(
                result,
                String.format(
                        Locale.ROOT,
                        "Throughput %.1f requests/s over %.0f s. Portal CPU"
                                + " %.0f s, %.2f cores on average; the tools it runs on photos (Tesseract, jpegtran)"
                                + " %.2f cores; its database %.2f cores; Gatling %.2f cores; the"
                                + " machine's cores busy %.2f of %d (portal, database, Gatling, Keycloak and anything else); load"
                                + " average at the end %s.",
                        result.total().perSecond(),
                        result.seconds(),
                        cpu,
                        cpu / result.seconds(),
                        tools / result.seconds(),
                        database / result.seconds(),
                        gatling / result.seconds(),
                        cores,
                        Runtime.getRuntime().availableProcessors(),
                        Machine.loadAverage()));
    }

    private void errors(GatlingRun.Result result) {
        var screens = Failures.drain();
        if (!result.errors().isEmpty() || !screens.isEmpty()) {
            summary.line("");
            summary.line("Errors: Gatling's summary, then what the screens answered (first answers kept in"
                    + " `target/load/failures/`):");
            summary.line("");
            result.errors().forEach(e -> summary.line("- `" + e + "`"));
            screens.forEach(e -> summary.line("- " + e));
        }
    }

    private static void expectRequests(GatlingRun.Result result) {
        if (result.total().requests() == 0) {
            throw new IllegalStateException("The simulation sent no request; see " + result.report());
        }
    }

    private static void configure(int sessions, long rampSeconds, long steadySeconds) {
        LoadRun.sessions = sessions;
        LoadRun.rampSeconds = rampSeconds;
        LoadRun.steadySeconds = steadySeconds;
    }

    /**
     * The 150 people who sign in: the demo realm's eight and the generated staff, in a fixed shuffled order.
     */
    private List<LoadRun.Person> people() {
        var all = new ArrayList<LoadRun.Person>();
        all.add(new LoadRun.Person("head", "demo", "slt"));
        all.add(new LoadRun.Person("deputy", "demo", "slt"));
        all.add(new LoadRun.Person("computing", "demo", "drafter"));
        all.add(new LoadRun.Person("teacher", "demo", "drafter"));
        all.add(new LoadRun.Person("teacher4", "demo", "drafter"));
        all.add(new LoadRun.Person("ta", "demo", "drafter"));
        all.add(new LoadRun.Person("office", "demo", "office"));
        all.add(new LoadRun.Person("governor", "demo", "governor"));
        for (var member : LargeDemoSchool.staff()) {
            var roles = member.roles();
            var role = roles.contains("slt")
                    ? "slt"
                    : roles.contains("governor") ? "governor" : roles.contains("office") ? "office" : "drafter";
            all.add(new LoadRun.Person(member.username(), keycloak.passwordOf(member.username()), role));
        }
        // Every role among the first sessions, so that a small run does a bit of everything too.
        var first = List.of(all.get(0), all.get(7), all.get(6), all.get(3));
        var rest = new ArrayList<>(all);
        rest.removeAll(first);
        java.util.Collections.shuffle(rest, new Random(42));
        var mixed = new ArrayList<>(first);
        mixed.addAll(rest);
        return List.copyOf(mixed);
    }

    /** API callers: twenty teachers, each with their token and their class's account. */
    @SuppressWarnings("unchecked")
    private List<LoadRun.ApiCaller> apiCallers() throws Exception {
        var callers = new ArrayList<LoadRun.ApiCaller>();
        var teachers = LargeDemoSchool.staff().stream()
                .filter(m -> m.roles().contains("teacher"))
                .limit(20)
                .toList();
        for (var teacher : teachers) {
            var token = keycloak.accessToken(teacher.username());
            var accounts =
                    (List<java.util.Map<String, Object>>) JSON.readValue(get("/api/v1/accounts", token), List.class);
            callers.add(
                    new LoadRun.ApiCaller(token, (String) accounts.getFirst().get("id")));
        }
        var check = JSON.readValue(
                post(
                        "/api/v1/compliance/checks",
                        callers.getFirst().token(),
                        "{\"accountId\":\"" + callers.getFirst().accountId() + "\",\"text\":"
                                + ComplianceApi.quoted(ComplianceApi.POST) + "}"),
                java.util.Map.class);
        if (!"pass".equals(check.get("verdict"))) {
            throw new IllegalStateException("The API's post does not pass the checks: " + check);
        }
        for (var text : StaffJourneys.TYPED) {
            var typed = JSON.readValue(
                    post(
                            "/api/v1/compliance/checks",
                            callers.getFirst().token(),
                            "{\"accountId\":\"" + callers.getFirst().accountId() + "\",\"text\":"
                                    + ComplianceApi.quoted(text) + "}"),
                    java.util.Map.class);
            if (!"pass".equals(typed.get("verdict"))) {
                throw new IllegalStateException("A typed text does not pass the checks: " + text + " " + typed);
            }
        }
        return List.copyOf(callers);
    }

    private String schoolCounts() throws Exception {
        var head = keycloak.accessToken("head");
        // Lists come a page at a time: the whole list's length is in the count header.
        var pupils = totalCount("/api/v1/pupils", head);
        var accounts = totalCount("/api/v1/accounts", head);
        return pupils + " pupils on roll, " + accounts + " accounts, "
                + (LargeDemoSchool.staff().size() + 8) + " staff in Keycloak, " + settings.pastPosts() + " past posts";
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private String get(String path, String token) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(portal.base() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private long totalCount(String path, String token) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(portal.base() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers()
                .firstValueAsLong("Safepost-Total-Count")
                .orElseThrow(() ->
                        new IllegalStateException("GET " + path + ": " + response.statusCode() + " without a count"));
    }

    private String post(String path, String token, String json) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(portal.base() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A small real photo (800 × 600 JPEG, about 60 KB), as an iPad's would be after the school shrank it. */
    private static byte[] photo() throws Exception {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var random = new Random(7);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                image.setRGB(x, y, ((x / 4) % 256) << 16 | ((y / 3) % 256) << 8 | random.nextInt(64));
            }
        }
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", bytes);
        return bytes.toByteArray();
    }

    private void cleanUp() {
        if (!cleanedUp.compareAndSet(false, true)) {
            return;
        }
        try {
            if (portal != null) {
                portal.close();
            }
        } catch (Exception e) {
            System.err.println("Stopping the portal: " + e);
        }
        try {
            keycloak.removeClientAndStaff();
        } catch (Exception e) {
            System.err.println("Removing the load client and staff from Keycloak: " + e);
        }
        try {
            keycloak.stop();
        } catch (Exception e) {
            System.err.println("Stopping Keycloak: " + e);
        }
    }
}
