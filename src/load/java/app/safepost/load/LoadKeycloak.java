package app.safepost.load;

import app.safepost.demo.LargeDemoSchool;
import app.safepost.security.DemoSchool;
import app.safepost.testing.TestKeycloak;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo Keycloak for a load run: started with {@code keycloak/start.sh} unless one answers already
 * (and then stopped again only if this run started it), a load-only confidential client for the
 * portal on its port (sign-in by authorization code, API tokens by password grant, an hour long), and
 * the generated staff as users with their roles and classes. Everything created is deleted at the end.
 */
final class LoadKeycloak {

    static final String BASE = TestKeycloak.BASE;
    static final String ISSUER = TestKeycloak.ISSUER;
    static final String CLIENT = "safepost-load";
    /** The demo realm's own users: the rest of the 150 staff, password "demo". */
    static final List<String> DEMO_USERS =
            List.of("head", "deputy", "computing", "teacher", "teacher4", "ta", "office", "governor");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path project;
    private final String password = "load-" + HexFormat.of().formatHex(randomBytes(12));
    private final String clientSecret = HexFormat.of().formatHex(randomBytes(24));
    private boolean startedHere;
    private String clientUuid;
    private final List<String> userIds = new ArrayList<>();

    LoadKeycloak(Path project) {
        this.project = project;
    }

    String clientSecret() {
        return clientSecret;
    }

    /** The password of a user: the generated staff share one made for this run; demo users have "demo". */
    String passwordOf(String username) {
        return DEMO_USERS.contains(username) ? "demo" : password;
    }

    void start() {
        if (answers()) {
            System.out.println("Keycloak already answers at " + BASE + "; using it and leaving it running.");
            return;
        }
        var log = project.resolve("target/load/keycloak-start.log");
        run(List.of("bash", project.resolve("keycloak/start.sh").toString()), log);
        startedHere = true;
    }

    void stop() {
        if (startedHere) {
            run(
                    List.of("bash", project.resolve("keycloak/stop.sh").toString()),
                    project.resolve("target/load/keycloak-stop.log"));
        }
    }

    /** Creates the load client for a portal on this port, and the generated staff as users. */
    @SuppressWarnings("unchecked")
    void createClientAndStaff(int portalPort) throws IOException {
        var admin = adminToken();
        removeLeftovers(admin);
        Map<String, Object> client =
                JSON.readValue(Files.readString(project.resolve("keycloak/test-client.json")), Map.class);
        var portal = "http://127.0.0.1:" + portalPort;
        client.put("clientId", CLIENT);
        client.put("name", "Safepost load harness (load runs only)");
        client.put("description", "Created by the load harness for one run and deleted afterwards.");
        client.put("publicClient", false);
        client.put("secret", clientSecret);
        client.put("standardFlowEnabled", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("redirectUris", List.of(portal + "/login/oauth2/code/keycloak"));
        client.put("webOrigins", List.of("+"));
        var attributes = (Map<String, Object>) client.get("attributes");
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put("post.logout.redirect.uris", portal + "/##" + portal);
        attributes.put("access.token.lifespan", "3600");
        for (var mapper : (List<Map<String, Object>>) client.get("protocolMappers")) {
            if ("oidc-audience-mapper".equals(mapper.get("protocolMapper"))) {
                ((Map<String, Object>) mapper.get("config")).put("included.client.audience", CLIENT);
            }
        }
        var created = send(admin, "POST", "/admin/realms/safepost/clients", JSON.writeValueAsString(client));
        expect(created, 201, "create the load client");
        var location = created.headers().firstValue("Location").orElseThrow();
        clientUuid = location.substring(location.lastIndexOf('/') + 1);

        var roles = new LinkedHashMap<String, Object>();
        for (var member : LargeDemoSchool.staff()) {
            var user = new LinkedHashMap<String, Object>();
            user.put("username", member.username());
            user.put("firstName", member.firstName());
            user.put("lastName", member.lastName());
            user.put("email", member.email());
            user.put("emailVerified", true);
            user.put("enabled", true);
            user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
            // The large school is Jesse Gray, one school of the demo trust: its staff work there only.
            var inJesseGray = new LinkedHashMap<String, Object>();
            inJesseGray.put("roles", member.roles());
            inJesseGray.put("classes", member.classes());
            var userAttributes = new LinkedHashMap<String, Object>();
            userAttributes.put(
                    "schools", List.of(JSON.writeValueAsString(Map.of(DemoSchool.JESSE_GRAY_URN, inJesseGray))));
            if (!member.classes().isEmpty()) {
                userAttributes.put("classes", member.classes());
            }
            user.put("attributes", userAttributes);
            var response = send(admin, "POST", "/admin/realms/safepost/users", JSON.writeValueAsString(user));
            expect(response, 201, "create user " + member.username());
            var userLocation = response.headers().firstValue("Location").orElseThrow();
            var id = userLocation.substring(userLocation.lastIndexOf('/') + 1);
            userIds.add(id);
            var wanted = new ArrayList<Object>();
            for (var role : member.roles()) {
                wanted.add(roles.computeIfAbsent(
                        role,
                        r -> JSON.readValue(
                                send(admin, "GET", "/admin/realms/safepost/roles/" + r, null)
                                        .body(),
                                Map.class)));
            }
            expect(
                    send(
                            admin,
                            "POST",
                            "/admin/realms/safepost/users/" + id + "/role-mappings/realm",
                            JSON.writeValueAsString(wanted)),
                    204,
                    "give " + member.username() + " their roles");
        }
    }

    /** Deletes the load client and the generated users (also those a failed earlier run left). */
    void removeClientAndStaff() {
        if (!answers()) {
            return;
        }
        var admin = adminToken();
        if (clientUuid != null) {
            send(admin, "DELETE", "/admin/realms/safepost/clients/" + clientUuid, null);
        }
        userIds.forEach(id -> send(admin, "DELETE", "/admin/realms/safepost/users/" + id, null));
        userIds.clear();
        clientUuid = null;
    }

    @SuppressWarnings("unchecked")
    private void removeLeftovers(String admin) {
        var found = (List<Map<String, Object>>) JSON.readValue(
                send(admin, "GET", "/admin/realms/safepost/clients?clientId=" + CLIENT, null)
                        .body(),
                List.class);
        found.forEach(c -> send(admin, "DELETE", "/admin/realms/safepost/clients/" + c.get("id"), null));
        for (var member : LargeDemoSchool.staff()) {
            var users = (List<Map<String, Object>>) JSON.readValue(
                    send(admin, "GET", "/admin/realms/safepost/users?exact=true&username=" + member.username(), null)
                            .body(),
                    List.class);
            users.forEach(u -> send(admin, "DELETE", "/admin/realms/safepost/users/" + u.get("id"), null));
        }
    }

    /** An access token for the portal (audience: the load client), by password grant. */
    @SuppressWarnings("unchecked")
    String accessToken(String username) {
        var body = form(Map.of(
                "grant_type",
                "password",
                "client_id",
                CLIENT,
                "client_secret",
                clientSecret,
                "username",
                username,
                "password",
                passwordOf(username)));
        var response = send(null, "POST", "/realms/safepost/protocol/openid-connect/token", body);
        expect(response, 200, "a token for " + username);
        return (String) JSON.readValue(response.body(), Map.class).get("access_token");
    }

    private static boolean answers() {
        return TestKeycloak.answers();
    }

    @SuppressWarnings("unchecked")
    private String adminToken() {
        var response = send(
                null,
                "POST",
                "/realms/master/protocol/openid-connect/token",
                form(Map.of(
                        "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin")));
        expect(response, 200, "Keycloak's admin sign-in (admin/admin)");
        return (String) JSON.readValue(response.body(), Map.class).get("access_token");
    }

    private void run(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command)
                    .directory(project.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putIfAbsent("KEYCLOAK_START_TIMEOUT", "300");
            var process = builder.start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command + " failed:\n" + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int length) {
        var bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    "Keycloak: cannot " + what + ": " + response.statusCode() + " " + response.body());
        }
    }

    private HttpResponse<String> send(String bearer, String method, String path, String body) {
        var builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header(
                    "Content-Type",
                    body.startsWith("{") || body.startsWith("[")
                            ? "application/json"
                            : "application/x-www-form-urlencoded");
            builder.method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
