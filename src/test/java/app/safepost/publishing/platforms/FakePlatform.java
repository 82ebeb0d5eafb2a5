package app.safepost.publishing.platforms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A platform's API on a loopback port (the JDK's HTTP server), answering in the platform's own
 * request and response shapes. Tests script the next answers to the post-creating call and to the
 * follower calls (429 with the platform's reset headers, 5xx, 401, a reply slower than the client's
 * time-out, or the usual answer) and count what was made.
 */
public abstract class FakePlatform implements AutoCloseable {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as the server read it. */
    public record Request(
            String method, String path, Map<String, String> query, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(text());
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), "");
        }

        /** The parts of a multipart/form-data body: name to (content type, bytes). */
        public Map<String, Part> parts() {
            var type = header("content-type");
            var boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length());
            var whole = new String(body, StandardCharsets.ISO_8859_1);
            var parts = new LinkedHashMap<String, Part>();
            for (var chunk : whole.split(java.util.regex.Pattern.quote(boundary))) {
                int split = chunk.indexOf("\r\n\r\n");
                if (split < 0) {
                    continue;
                }
                var head = chunk.substring(0, split);
                var content = chunk.substring(split + 4, chunk.length() - 2);
                var name = head.replaceAll("(?s).*?\\bname=\"([^\"]+)\".*", "$1");
                var contentType = head.contains("Content-Type: ")
                        ? head.replaceAll("(?s).*Content-Type: (\\S+).*", "$1")
                        : "text/plain";
                parts.put(name, new Part(contentType, content.getBytes(StandardCharsets.ISO_8859_1)));
            }
            return parts;
        }
    }

    public record Part(String contentType, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** An answer: status, headers, JSON body, and how long to wait before giving it. */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

        public static Reply json(int status, Object body) {
            return new Reply(
                    status, Map.of(), body instanceof String s ? s : JSON.writeValueAsString(body), Duration.ZERO);
        }

        public Reply withHeaders(Map<String, String> extra) {
            var all = new LinkedHashMap<>(headers);
            all.putAll(extra);
            return new Reply(status, all, body, delay);
        }

        /** The platform does the work but answers only after {@code wait}: the client may give up first. */
        public static Reply slow(Duration wait) {
            return new Reply(0, Map.of(), "", wait);
        }

        public Reply after(Duration wait) {
            return new Reply(status, headers, body, wait);
        }

        /** In a script: the answer the platform would give anyway. */
        public static Reply asUsual() {
            return new Reply(0, Map.of(), "", Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<Reply> followerScript = new ConcurrentLinkedDeque<>();
    protected final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    protected final AtomicInteger ids = new AtomicInteger(1000);

    protected FakePlatform() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next calls that would create a post get these answers instead, in order. */
    public void answerNextPostsWith(Reply... replies) {
        script.addAll(List.of(replies));
    }

    /**
     * The next calls about followers (listing a page, looking an account up, blocking, unblocking) get
     * these answers instead, in order.
     */
    public void answerNextFollowerCallsWith(Reply... replies) {
        followerScript.addAll(List.of(replies));
    }

    /** A reply scripted for the post-creating call, if any is left. */
    protected Reply scriptedOr(java.util.function.Supplier<Reply> real) {
        return next(script, real);
    }

    /** A reply scripted for a follower call, if any is left. */
    protected Reply followerScriptedOr(java.util.function.Supplier<Reply> real) {
        return next(followerScript, real);
    }

    private static Reply next(ConcurrentLinkedDeque<Reply> from, java.util.function.Supplier<Reply> real) {
        var next = from.pollFirst();
        if (next != null && next.status() == 0) {
            return real.get().after(next.delay());
        }
        return next != null ? next : real.get();
    }

    /** Forgets what was asked and scripted, and the state a subclass keeps: as if just started. */
    public synchronized void startOver() {
        script.clear();
        followerScript.clear();
        requests.clear();
        forget();
    }

    /** A subclass forgets its own state (followers, blocks). */
    protected void forget() {}

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String method, String pathPrefix) {
        return requests().stream()
                .filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix))
                .toList();
    }

    protected abstract Reply route(Request request);

    protected static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try (exchange) {
            var headers = new LinkedHashMap<String, String>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
            var query = new LinkedHashMap<String, String>();
            var raw = exchange.getRequestURI().getRawQuery();
            if (raw != null) {
                for (var pair : raw.split("&")) {
                    int eq = pair.indexOf('=');
                    query.put(
                            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            var request = new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    query,
                    headers,
                    exchange.getRequestBody().readAllBytes());
            requests.add(request);
            try {
                reply = route(request);
            } catch (RuntimeException e) {
                reply = Reply.json(
                        500, object().put("error", "InternalServerError").put("message", e.toString()));
            }
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            var bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException closedByClient) {
            // the client gave up (a time-out test); nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
