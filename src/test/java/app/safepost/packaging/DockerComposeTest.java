package app.safepost.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docker-compose.yml} read as a file (no Docker engine here): the portal is configured only
 * through settings it really reads, and ports, issuer and client agree with the realm file.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, Object> compose() throws IOException {
        try (var in = Files.newInputStream(COMPOSE)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        return (Map<String, Object>) compose().get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        var service = (Map<String, Object>) services().get(name);
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String name) throws IOException {
        var env = (Map<String, Object>) service(name).get("environment");
        var strings = new java.util.LinkedHashMap<String, String>();
        env.forEach((key, value) -> strings.put(key, String.valueOf(value)));
        return strings;
    }

    /** "127.0.0.1:8080:8080" → [127.0.0.1, 8080, 8080]; "8080:8080" → [, 8080, 8080]. */
    @SuppressWarnings("unchecked")
    private static String[] onlyPort(String name) throws IOException {
        var ports = (List<Object>) service(name).get("ports");
        assertThat(ports).as(name + " publishes one port").hasSize(1);
        var parts = String.valueOf(ports.getFirst()).split(":");
        return parts.length == 3 ? parts : new String[] {"", parts[0], parts[1]};
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> realmClient() throws IOException {
        Map<String, Object> realm =
                JSON.readValue(Path.of("keycloak", "safepost-realm.json").toFile(), Map.class);
        return ((List<Map<String, Object>>) realm.get("clients"))
                .stream()
                        .filter(client -> "safepost".equals(client.get("clientId")))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void it_runs_postgresql_15_keycloak_26_and_the_portal_built_on_a_temurin_25_jre() throws IOException {
        assertThat(String.valueOf(service("postgres").get("image"))).matches("postgres:15(\\..*)?");
        assertThat(String.valueOf(service("keycloak").get("image"))).matches("quay\\.io/keycloak/keycloak:26(\\..*)?");
        assertThat(service("keycloak").get("command"))
                .asList()
                .contains("start", "--import-realm")
                .doesNotContain("start-dev");
        assertThat(service("keycloak").get("volumes"))
                .asList()
                .contains("./keycloak/safepost-realm.json:/opt/keycloak/data/import/safepost-realm.json:ro");
        assertThat(service("portal").get("build")).isEqualTo(".");

        var dockerfile = Files.readAllLines(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre");
        assertThat(dockerfile)
                .anySatisfy(
                        line -> assertThat(line).startsWith("COPY ").contains(" target/safepost.jar /opt/safepost/"));
        // Started from the AOT cache its training run made at build time, with the shipped JVM options.
        assertThat(dockerfile).anySatisfy(line -> assertThat(line).contains("-XX:AOTCacheOutput="));
        assertThat(dockerfile)
                .anySatisfy(line -> assertThat(line).startsWith("ENTRYPOINT").contains("-XX:AOTCache=", "$JAVA_OPTS"));
        // The photo intake's image tools: HEIC conversion and lossless JPEG stripping.
        assertThat(String.join("\n", dockerfile))
                .contains("apt-get install")
                .contains("libheif-examples")
                .contains("libjpeg-turbo-progs");
    }

    @Test
    void every_setting_given_to_the_portal_is_one_it_reads() throws IOException {
        var known = knownProperties();
        for (var variable : environment("portal").keySet()) {
            assertThat(known).as("%s names a property of the portal", variable).contains(variable);
        }
        assertThat(environment("portal"))
                .containsKeys(
                        "SPRING_DATASOURCE_URL",
                        "SPRING_DATASOURCE_USERNAME",
                        "SPRING_DATASOURCE_PASSWORD",
                        "SAFEPOST_SSO_ISSUER_URI",
                        "SAFEPOST_SSO_CLIENT_ID",
                        "SAFEPOST_SSO_CLIENT_SECRET")
                .containsEntry("SERVER_ADDRESS", "0.0.0.0");
    }

    @Test
    void the_portal_uses_the_compose_database() throws IOException {
        var portal = environment("portal");
        var postgres = environment("postgres");
        assertThat(portal.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        // Flyway migrates as the schema's owner; the portal works as the role the init script creates,
        // which row-level security holds (neither superuser nor BYPASSRLS).
        assertThat(portal.get("SPRING_FLYWAY_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(portal.get("SPRING_FLYWAY_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(portal.get("SPRING_DATASOURCE_USERNAME")).isNotEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(databaseInit())
                .contains("create role " + portal.get("SPRING_DATASOURCE_USERNAME") + " login password '"
                        + portal.get("SPRING_DATASOURCE_PASSWORD") + "'")
                .contains("nosuperuser")
                .contains("nobypassrls");
        assertThat(String.valueOf(service("postgres").get("configs"))).contains("/docker-entrypoint-initdb.d/");
    }

    private static String databaseInit() throws IOException {
        return String.valueOf(((Map<?, ?>) ((Map<?, ?>) compose().get("configs")).get("database-init")).get("content"));
    }

    @Test
    void keycloak_runs_in_production_mode_on_its_own_database_in_the_same_postgresql_server() throws IOException {
        var keycloak = environment("keycloak");
        var postgres = environment("postgres");
        assertThat(keycloak).containsEntry("KC_DB", "postgres");
        var url = URI.create(keycloak.get("KC_DB_URL").substring("jdbc:".length()));
        assertThat(url.getHost()).isEqualTo("postgres");
        assertThat(url.getPort()).isEqualTo(5432);
        var database = url.getPath().substring(1);
        assertThat(database).as("not the portal's database").isNotEqualTo(postgres.get("POSTGRES_DB"));
        assertThat(keycloak.get("KC_DB_USERNAME"))
                .isNotIn(postgres.get("POSTGRES_USER"), environment("portal").get("SPRING_DATASOURCE_USERNAME"));
        // The init script that creates the portal's role creates Keycloak's role and database too.
        assertThat(databaseInit())
                .contains("create role " + keycloak.get("KC_DB_USERNAME") + " login password '"
                        + keycloak.get("KC_DB_PASSWORD") + "'")
                .contains("create database " + database + " owner " + keycloak.get("KC_DB_USERNAME") + ";");
        assertThat(dependsOn("keycloak")).containsEntry("postgres", "service_healthy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloak_reports_its_health_on_the_management_port_and_the_portal_waits_for_it() throws IOException {
        var keycloak = environment("keycloak");
        assertThat(keycloak).containsEntry("KC_HEALTH_ENABLED", "true");
        var healthcheck = (Map<String, Object>) service("keycloak").get("healthcheck");
        var test = String.join(" ", (List<String>) healthcheck.get("test"));
        // Keycloak 25 and later answer health checks on the management interface (9000), not the HTTP port.
        assertThat(test)
                .contains("/dev/tcp/127.0.0.1/9000")
                .contains("GET /health/ready HTTP/1.1")
                .contains("200")
                .doesNotContain("curl");
        assertThat(healthcheck).containsKeys("interval", "retries", "start_period");
        assertThat(dependsOn("portal"))
                .containsEntry("keycloak", "service_healthy")
                .containsEntry("postgres", "service_healthy");
    }

    @Test
    void production_mode_gets_the_hostname_and_http_settings_it_requires() throws IOException {
        var keycloak = environment("keycloak");
        var issuer = URI.create(environment("portal").get("SAFEPOST_SSO_ISSUER_URI"));
        // Production mode refuses to start without a hostname, and without TLS unless HTTP is enabled.
        assertThat(keycloak.get("KC_HOSTNAME")).isEqualTo(issuer.getScheme() + "://" + issuer.getAuthority());
        if (issuer.getScheme().equals("http")) {
            assertThat(keycloak).containsEntry("KC_HTTP_ENABLED", "true");
            assertThat(onlyPort("keycloak")[0])
                    .as("plain HTTP only for browsers on this machine")
                    .isEqualTo("127.0.0.1");
        }
        var readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("KC_HOSTNAME").contains("KC_HTTP_ENABLED").contains("KC_PROXY_HEADERS");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> dependsOn(String name) throws IOException {
        var conditions = new LinkedHashMap<String, String>();
        ((Map<String, Map<String, Object>>) service(name).get("depends_on"))
                .forEach((on, how) -> conditions.put(on, String.valueOf(how.get("condition"))));
        return conditions;
    }

    @Test
    @SuppressWarnings("unchecked")
    void issuer_ports_and_client_agree_with_keycloak_and_the_realm_file() throws IOException {
        var portal = environment("portal");
        var issuer = URI.create(portal.get("SAFEPOST_SSO_ISSUER_URI"));
        var keycloakPort = onlyPort("keycloak");
        var keycloak = environment("keycloak");

        // Browsers reach Keycloak on its published port, under the hostname Keycloak puts in its issuer.
        assertThat(keycloak).containsEntry("KC_HOSTNAME", issuer.getScheme() + "://" + issuer.getAuthority());
        assertThat(String.valueOf(issuer.getPort())).isEqualTo(keycloakPort[1]);
        assertThat(keycloakPort[0]).isIn("", issuer.getHost());
        assertThat(issuer.getPath()).isEqualTo("/realms/safepost");
        // The portal reaches the same Keycloak inside the compose network, on the port it listens on.
        var discovery = URI.create(portal.get("SAFEPOST_SSO_DISCOVERY_URI"));
        assertThat(discovery.getHost()).isEqualTo("keycloak");
        assertThat(keycloak)
                .containsEntry("KC_HTTP_PORT", String.valueOf(discovery.getPort()))
                .containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        assertThat(keycloakPort[2]).isEqualTo(String.valueOf(discovery.getPort()));
        assertThat(discovery.getPath()).isEqualTo(issuer.getPath());

        var client = realmClient();
        assertThat(portal.get("SAFEPOST_SSO_CLIENT_ID")).isEqualTo(client.get("clientId"));
        assertThat(portal.get("SAFEPOST_SSO_CLIENT_SECRET")).isEqualTo(client.get("secret"));

        var portalPort = onlyPort("portal");
        assertThat(portalPort[2]).isEqualTo(portal.get("SERVER_PORT"));
        var host = portalPort[0].isEmpty() ? "localhost" : portalPort[0];
        var portalUrl = "http://" + host + ":" + portalPort[1];
        assertThat((List<String>) client.get("redirectUris")).contains(portalUrl + "/login/oauth2/code/keycloak");
        var postLogout = Arrays.asList(((Map<String, String>) client.get("attributes"))
                .get("post.logout.redirect.uris")
                .split("##"));
        assertThat(postLogout).contains(portalUrl + "/");
    }

    /**
     * The image's entrypoint, run by {@code sh} with a stand-in {@code java} that prints its arguments: the AOT
     * cache is used with the options it was trained with and left out with any other (a different
     * collector, a flight recording), where the JVM could not use it safely.
     */
    @Test
    void the_image_uses_its_aot_cache_only_with_the_options_it_was_trained_with(@TempDir Path dir) throws Exception {
        var dockerfile = Files.readAllLines(Path.of("Dockerfile"));
        assertThat(dockerfile)
                .anySatisfy(line -> assertThat(line)
                        .contains("printf '%s' \"$JAVA_OPTS\" > /opt/safepost/app/safepost.aot.options"));
        var entrypoint = dockerfile.stream()
                .filter(l -> l.startsWith("ENTRYPOINT"))
                .findFirst()
                .orElseThrow();
        var script = entrypoint
                .substring(entrypoint.indexOf("\"sh\", \"-c\", \"") + 14, entrypoint.lastIndexOf("\", \"safepost\"]"))
                .replace("\\\"", "\"")
                .replace("/opt/safepost/app", dir.toString());
        var trained = "-XX:+UseG1GC -Xss512k";
        Files.writeString(dir.resolve("safepost.aot.options"), trained);
        var bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"$@\"\n");
        bin.resolve("java").toFile().setExecutable(true);

        assertThat(entrypoint(script, bin, trained))
                .isEqualTo(trained + " -XX:AOTCache=" + dir.resolve("safepost.aot") + " -jar "
                        + dir.resolve("safepost.jar") + " --server.port=8080");
        assertThat(entrypoint(script, bin, trained + " -XX:StartFlightRecording"))
                .isEqualTo(trained + " -XX:StartFlightRecording -jar " + dir.resolve("safepost.jar")
                        + " --server.port=8080");
    }

    private static String entrypoint(String script, Path bin, String javaOptions) throws Exception {
        var run = new ProcessBuilder("sh", "-c", script, "safepost", "--server.port=8080").redirectErrorStream(true);
        run.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        run.environment().put("JAVA_OPTS", javaOptions);
        var process = run.start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    /**
     * The environment variables that bind to a property the portal knows: its own
     * application.properties and every property Spring Boot's metadata describes, under Spring's
     * relaxed binding (upper case, dots and dashes to underscores, or dashes left out).
     */
    @SuppressWarnings("unchecked")
    private static Set<String> knownProperties() throws IOException {
        var names = new HashSet<String>();
        var properties = new Properties();
        try (var in = DockerComposeTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        names.addAll(properties.stringPropertyNames());
        var metadata =
                DockerComposeTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json");
        while (metadata.hasMoreElements()) {
            try (InputStream in = metadata.nextElement().openStream()) {
                Map<String, Object> json = JSON.readValue(in, Map.class);
                for (var property : (List<Map<String, Object>>) json.getOrDefault("properties", List.of())) {
                    names.add((String) property.get("name"));
                }
            }
        }
        assertThat(names).as("Spring Boot's metadata was found").contains("spring.datasource.url", "server.address");
        var variables = new HashSet<String>();
        for (var name : names) {
            var upper = name.toUpperCase(Locale.ROOT);
            variables.add(upper.replace('.', '_').replace('-', '_'));
            variables.add(upper.replace("-", "").replace('.', '_'));
        }
        return variables;
    }
}
