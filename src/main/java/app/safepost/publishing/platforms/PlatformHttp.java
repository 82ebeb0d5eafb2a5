package app.safepost.publishing.platforms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side every adapter shares: the JDK client with a connect and a request time-out, JSON, and
 * one reading of failures. 429 and 5xx answers and time-outs are transient (the platform's reset or
 * Retry-After header says when to come back); 401, 403 and other 4xx answers are permanent.
 */
public final class PlatformHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String platform;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    public PlatformHttp(String platform, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.platform = platform;
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** An answer read whole. */
    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Instant now() {
        return clock.instant();
    }

    HttpRequest.Builder request(String url) {
        var builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("User-Agent", "Safepost school portal");
        // Over plain HTTP the client would ask to upgrade to HTTP/2 (h2c); a server that takes
        // WebSocket upgrades on the same port, as a Bluesky PDS does, closes the connection instead.
        return url.startsWith("http://") ? builder.version(HttpClient.Version.HTTP_1_1) : builder;
    }

    static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    /** Sends the request; no answer at all (refused, timed out) is a transient failure. */
    Answer send(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(), response.headers(), response.body() == null ? "" : response.body());
        } catch (HttpTimeoutException e) {
            throw PublishFailure.transientFailure(platform + " did not answer in time.", null, 0);
        } catch (ConnectException e) {
            throw PublishFailure.transientFailure(platform + " could not be reached.", null, 0);
        } catch (IOException e) {
            throw PublishFailure.transientFailure(platform + " broke off the connection: " + e.getMessage(), null, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PublishFailure.transientFailure("Interrupted while waiting for " + platform + ".", null, 0);
        }
    }

    /** Sends the request and returns the answer if its status is one of {@code expected}, else fails. */
    Answer expect(HttpRequest request, String doing, int... expected) {
        var answer = send(request);
        if (Arrays.stream(expected).anyMatch(s -> s == answer.status())) {
            return answer;
        }
        throw failure(answer, doing);
    }

    /** Reads a refusal: transient or permanent, with the platform's own words where it gave some. */
    PublishFailure failure(Answer answer, String doing) {
        int status = answer.status();
        var message = platform + " refused " + doing + " (HTTP " + status + ")";
        var said = platformMessage(answer);
        if (said != null) {
            message += ": " + said;
        }
        if (status == 429 || status == 408 || status == 425 || status >= 500) {
            return PublishFailure.transientFailure(message, notBefore(answer.headers()), status);
        }
        if (status == 401 || status == 403) {
            return PublishFailure.permanent(message + ". Reconnect the account's credential.", status);
        }
        return PublishFailure.permanent(message, status);
    }

    static @Nullable String platformMessage(Answer answer) {
        try {
            var json = answer.json();
            for (var field : new String[] {"detail", "message", "error_description", "error", "title"}) {
                var value = json.path(field);
                if (value.isString() && !value.asString().isBlank()) {
                    return cut(value.asString());
                }
            }
            var first = json.path("errors").path(0).path("message");
            if (first.isString()) {
                return cut(first.asString());
            }
        } catch (RuntimeException notJson) {
            // An HTML error page says nothing useful.
        }
        return null;
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /**
     * When the platform says to come back: Retry-After (seconds or an HTTP date), or a rate-limit reset
     * in epoch seconds (X's x-rate-limit-reset, Bluesky's ratelimit-reset) or as a timestamp
     * (Mastodon's X-RateLimit-Reset).
     */
    @Nullable
    Instant notBefore(HttpHeaders headers) {
        var retryAfter = headers.firstValue("retry-after");
        if (retryAfter.isPresent()) {
            var value = retryAfter.get().strip();
            if (value.matches("\\d+")) {
                return clock.instant().plusSeconds(Long.parseLong(value));
            }
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
            } catch (DateTimeParseException ignored) {
                // fall through to the reset headers
            }
        }
        for (var name : new String[] {"x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset"}) {
            var reset = headers.firstValue(name);
            if (reset.isEmpty()) {
                continue;
            }
            var value = reset.get().strip();
            if (value.matches("\\d+")) {
                long number = Long.parseLong(value);
                return number > 1_000_000_000L
                        ? Instant.ofEpochSecond(number)
                        : clock.instant().plusSeconds(number);
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException ignored) {
                // not a time we can read
            }
        }
        return null;
    }

    /** A multipart/form-data body built in memory (photos are at most a few megabytes once published). */
    static final class Multipart {

        private final String boundary = "safepost-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String contentType, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        HttpRequest.BodyPublisher publisher() {
            var copy = new ByteArrayOutputStream();
            copy.writeBytes(body.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return HttpRequest.BodyPublishers.ofByteArray(copy.toByteArray());
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
