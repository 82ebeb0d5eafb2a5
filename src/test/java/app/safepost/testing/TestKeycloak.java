package app.safepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo Keycloak ({@code keycloak/start.sh}, realm {@code safepost} on 127.0.0.1:8180) for the whole
 * test run: started on first use, or reused if one already answers, and stopped when the test JVM
 * exits if this run started it. It is also where tests get tokens: through test-only clients created
 * from {@code keycloak/test-client.json} with the admin API and deleted again at the end.
 */
public final class TestKeycloak implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BASE = "http://127.0.0.1:8180";
    public static final String ISSUER = BASE + "/realms/safepost";
    /** The test client as described in keycloak/test-client.json: tokens for the portal (audience safepost). */
    public static final String CLIENT = "safepost-tests";
    /** The same without the audience mapper: its tokens are not meant for the portal. */
    public static final String CLIENT_WITHOUT_AUDIENCE = "safepost-tests-no-audience";
    /** The same with access tokens that expire after {@link #SHORT_LIFESPAN_SECONDS}. */
    public static final String SHORT_LIVED_CLIENT = "safepost-tests-short-lived";

    public static final int SHORT_LIFESPAN_SECONDS = 2;

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> CREATED_CLIENTS = new LinkedHashMap<>();
    private static final java.util.Set<String> CREATED_REALMS = ConcurrentHashMap.newKeySet();
    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();
    private static boolean ready;

    private record CachedToken(String value, long fetchedAt) {}

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ensureRunning();
    }

    /** Starts Keycloak unless it answers already, and creates the test clients; once per test run. */
    public static synchronized void ensureRunning() {
        if (ready) {
            return;
        }
        boolean startedHere = false;
        if (!answers()) {
            long started = System.nanoTime();
            script("start.sh");
            startedHere = true;
            System.out.printf(
                    "Keycloak started for the tests in %d s%n",
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        createTestClients();
        boolean stopAtExit = startedHere;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            List.copyOf(CREATED_REALMS).forEach(TestKeycloak::deleteRealm);
                            deleteTestClients();
                            if (stopAtExit) {
                                script("stop.sh");
                            }
                        },
                        "keycloak-test-teardown"));
        ready = true;
    }

    /**
     * A copy of the demo realm under another name whose every address (issuer, sign-in page, token and
     * key endpoints) Keycloak states as {@code frontendUrl}, e.g. a {@link TcpForwarder} in front of
     * it: the shared Keycloak runs with a fixed hostname, so only a realm's own frontend URL moves
     * them. Its {@code safepost} client accepts sign-ins for {@code portalBaseUrl}, and it has the test
     * client {@value #CLIENT} for tokens. Deleted by {@link #deleteRealm} or when the test JVM exits.
     *
     * @return the realm's issuer
     */
    @SuppressWarnings("unchecked")
    public static String createRealm(String name, String frontendUrl, String portalBaseUrl) {
        ensureRunning();
        Map<String, Object> realm;
        Map<String, Object> testClient;
        try {
            realm = JSON.readValue(
                    Files.readString(PROJECT.resolve("keycloak").resolve("safepost-realm.json")), Map.class);
            testClient = JSON.readValue(
                    Files.readString(PROJECT.resolve("keycloak").resolve("test-client.json")), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        realm.put("realm", name);
        realm.put("attributes", new LinkedHashMap<>(Map.of("frontendUrl", frontendUrl)));
        var clients = new ArrayList<Map<String, Object>>((List<Map<String, Object>>) realm.get("clients"));
        for (var client : clients) {
            if ("safepost".equals(client.get("clientId"))) {
                client.put("redirectUris", List.of(portalBaseUrl + "/login/oauth2/code/keycloak"));
                var attributes = new LinkedHashMap<>((Map<String, Object>) client.get("attributes"));
                attributes.put("post.logout.redirect.uris", portalBaseUrl + "/##" + portalBaseUrl);
                client.put("attributes", attributes);
            }
        }
        clients.add(testClient);
        realm.put("clients", clients);
        deleteRealm(name);
        var response = post(BASE + "/admin/realms", adminToken(), JSON.writeValueAsString(realm), "application/json");
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "Cannot create the test realm " + name + ": " + response.statusCode() + " " + response.body());
        }
        CREATED_REALMS.add(name);
        return frontendUrl + "/realms/" + name;
    }

    /** Deletes a realm made by {@link #createRealm}, if it is there. */
    public static void deleteRealm(String name) {
        if (!answers()) {
            return;
        }
        send(HttpRequest.newBuilder(
                        URI.create(BASE + "/admin/realms/" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + adminToken())
                .DELETE());
        CREATED_REALMS.remove(name);
    }

    /** A fresh access token for a demo user through the test client of a realm made by {@link #createRealm}. */
    public static String accessToken(String issuer, String client, String username) {
        return (String) tokens(issuer, client, username).get("access_token");
    }

    /** An access token for a demo user through the test client, reused for a minute. */
    public static String accessToken(String username) {
        var key = CLIENT + "/" + username;
        var cached = TOKENS.get(key);
        if (cached != null
                && System.nanoTime() - cached.fetchedAt()
                        < Duration.ofMinutes(1).toNanos()) {
            return cached.value();
        }
        var token = accessToken(CLIENT, username);
        TOKENS.put(key, new CachedToken(token, System.nanoTime()));
        return token;
    }

    /** A fresh access token for a demo user (password {@code demo}) through one of the test clients. */
    public static String accessToken(String client, String username) {
        return (String) tokens(client, username).get("access_token");
    }

    /** A fresh ID token for a demo user, with the claims the portal's sign-in receives. */
    public static String idToken(String username) {
        return (String) tokens(CLIENT, username).get("id_token");
    }

    private static Map<?, ?> tokens(String client, String username) {
        ensureRunning();
        return tokens(ISSUER, client, username);
    }

    private static Map<?, ?> tokens(String issuer, String client, String username) {
        var response = post(
                issuer + "/protocol/openid-connect/token",
                null,
                form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        client,
                        "username",
                        username,
                        "password",
                        DemoUsers.PASSWORD,
                        "scope",
                        "openid")),
                "application/x-www-form-urlencoded");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + " from " + client + " at " + issuer + ": "
                    + response.statusCode() + " " + response.body());
        }
        return JSON.readValue(response.body(), Map.class);
    }

    /** Whether the demo realm answers at {@link #ISSUER}. */
    public static boolean answers() {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                                            .timeout(Duration.ofSeconds(3))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void script(String name) {
        var log = PROJECT.resolve("target").resolve("keycloak-" + name.replace(".sh", "") + ".log");
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(
                            "bash", PROJECT.resolve("keycloak").resolve(name).toString())
                    .directory(PROJECT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putIfAbsent("KEYCLOAK_START_TIMEOUT", "300");
            var process = builder.start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keycloak/" + name + " failed:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void createTestClients() {
        String description;
        try {
            description = Files.readString(PROJECT.resolve("keycloak").resolve("test-client.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var admin = adminToken();
        for (var name : List.of(CLIENT, CLIENT_WITHOUT_AUDIENCE, SHORT_LIVED_CLIENT)) {
            Map<String, Object> client = JSON.readValue(description, Map.class);
            client.put("clientId", name);
            if (name.equals(CLIENT_WITHOUT_AUDIENCE)) {
                var mappers = new ArrayList<>((List<Map<String, Object>>) client.get("protocolMappers"));
                mappers.removeIf(mapper -> "oidc-audience-mapper".equals(mapper.get("protocolMapper")));
                client.put("protocolMappers", mappers);
            }
            if (name.equals(SHORT_LIVED_CLIENT)) {
                ((Map<String, Object>) client.get("attributes"))
                        .put("access.token.lifespan", String.valueOf(SHORT_LIFESPAN_SECONDS));
            }
            var existing = clientUuid(admin, name);
            if (existing != null) {
                delete(admin, existing);
            }
            var response = post(
                    BASE + "/admin/realms/safepost/clients",
                    admin,
                    JSON.writeValueAsString(client),
                    "application/json");
            if (response.statusCode() != 201) {
                throw new IllegalStateException(
                        "Cannot create the test client " + name + ": " + response.statusCode() + " " + response.body());
            }
            var location = response.headers().firstValue("Location").orElseThrow();
            CREATED_CLIENTS.put(name, location.substring(location.lastIndexOf('/') + 1));
        }
    }

    private static synchronized void deleteTestClients() {
        if (CREATED_CLIENTS.isEmpty() || !answers()) {
            return;
        }
        var admin = adminToken();
        CREATED_CLIENTS.values().forEach(uuid -> delete(admin, uuid));
        CREATED_CLIENTS.clear();
    }

    @SuppressWarnings("unchecked")
    private static String clientUuid(String admin, String clientId) {
        var response = send(HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/safepost/clients?clientId="
                        + URLEncoder.encode(clientId, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + admin)
                .GET());
        List<Map<String, Object>> found = JSON.readValue(response.body(), List.class);
        return found.isEmpty() ? null : (String) found.getFirst().get("id");
    }

    private static void delete(String admin, String uuid) {
        send(HttpRequest.newBuilder(URI.create(BASE + "/admin/realms/safepost/clients/" + uuid))
                .header("Authorization", "Bearer " + admin)
                .DELETE());
    }

    private static String adminToken() {
        var response = post(
                BASE + "/realms/master/protocol/openid-connect/token",
                null,
                form(Map.of(
                        "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")),
                "application/x-www-form-urlencoded");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's admin/admin sign-in failed: " + response.statusCode());
        }
        return (String) JSON.readValue(response.body(), Map.class).get("access_token");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> post(String url, String bearer, String body, String contentType) {
        var builder = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return send(builder);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
