package app.safepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

/**
 * Calls the portal's HTTP API over loopback as a demo user or anonymously: with HTTP Basic in demo
 * mode, or with whatever {@code Authorization} header the given function makes for a user (a bearer
 * token in single sign-on mode).
 */
public final class Api {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final Function<String, String> authorization;
    private final Function<String, String> school;

    public Api(int port) {
        this(port, user -> basic(user, DemoUsers.PASSWORD));
    }

    public Api(int port, Function<String, String> authorization) {
        this(port, authorization, user -> null);
    }

    private Api(int port, Function<String, String> authorization, Function<String, String> school) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
        this.school = school;
    }

    /**
     * The same API, sending the {@code Safepost-School} header this function gives for a user (none
     * where it gives {@code null}): for people who work in several schools.
     */
    public Api withSchool(Function<String, String> schoolOf) {
        return new Api(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), authorization, schoolOf);
    }

    /** Signs each request with a demo user's bearer token from the test Keycloak. */
    public static Api withBearerTokens(int port) {
        return new Api(port, user -> "Bearer " + TestKeycloak.accessToken(user));
    }

    /** A GET with exactly this {@code Authorization} header (a tampered token, say). */
    public HttpResponse<String> getWithAuthorization(String path, String authorizationHeader) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorizationHeader)
                .GET()
                .build());
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    /** A GET with an explicit password, for sign-in failures. */
    public HttpResponse<String> getWithPassword(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user, password))
                .GET()
                .build());
    }

    public HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
        var builder =
                request(path, user).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** A request with a binary body (a photo, a multipart form). */
    public HttpResponse<String> send(String method, String path, String user, String contentType, byte[] body) {
        var builder = request(path, user).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    /** A request with a binary body and further headers (a device token, say). */
    public HttpResponse<String> send(
            String method, String path, String user, String contentType, byte[] body, Map<String, String> headers) {
        var builder = request(path, user).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** A GET whose answer is binary (an image). */
    public HttpResponse<byte[]> getBytes(String path, String user) {
        try {
            return client.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", authorization.apply(user));
            var schoolId = school.apply(user);
            if (schoolId != null) {
                builder.header("Safepost-School", schoolId);
            }
        }
        return builder;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
