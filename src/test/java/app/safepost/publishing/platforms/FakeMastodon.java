package app.safepost.publishing.platforms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Mastodon server as far as publishing uses it: {@code POST /api/v2/media} (file and description),
 * {@code POST /api/v1/statuses} honouring {@code Idempotency-Key}, {@code GET
 * /api/v1/accounts/verify_credentials}, {@code GET /api/v1/accounts/:id/statuses},
 * {@code DELETE /api/v1/statuses/:id}; errors as {@code {"error": …}}, X-RateLimit-* headers.
 */
public class FakeMastodon extends FakePlatform {

    public static final String TOKEN = "mastodon-access-token";
    private static final String ACCOUNT_ID = "109384000000000001";

    private final Map<String, ObjectNode> statuses = new LinkedHashMap<>();
    private final Map<String, String> byIdempotencyKey = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private Instant now = Instant.now();

    /** The server's clock, for the statuses' created_at. */
    public synchronized void setNow(Instant now) {
        this.now = now;
    }

    @Override
    protected synchronized Reply route(Request request) {
        if (!("Bearer " + TOKEN).equals(request.header("authorization"))) {
            return error(401, "The access token is invalid");
        }
        var path = request.path();
        if (request.method().equals("POST") && path.equals("/api/v2/media")) {
            var parts = request.parts();
            if (!parts.containsKey("file")) {
                return error(422, "Validation failed: File can't be blank");
            }
            var id = String.valueOf(ids.incrementAndGet());
            var description = parts.containsKey("description") ? parts.get("description").text() : null;
            descriptions.put(id, description);
            return Reply.json(200, object().put("id", id).put("type", "image")
                    .put("url", "https://files.mastodon.example/media/" + id + ".jpg").put("description", description));
        }
        if (request.method().equals("POST") && path.equals("/api/v1/statuses")) {
            var key = request.header("idempotency-key");
            if (!key.isEmpty() && byIdempotencyKey.containsKey(key)) {
                return Reply.json(200, statuses.get(byIdempotencyKey.get(key)));
            }
            return scriptedOr(() -> create(request, key));
        }
        if (request.method().equals("GET") && path.equals("/api/v1/accounts/verify_credentials")) {
            return Reply.json(200, object().put("id", ACCOUNT_ID).put("username", "JGP_Eagles").put("acct", "JGP_Eagles"));
        }
        if (request.method().equals("GET") && path.equals("/api/v1/accounts/" + ACCOUNT_ID + "/statuses")) {
            var list = JSON.createArrayNode();
            statuses.values().stream().toList().reversed().forEach(list::add);
            return Reply.json(200, list);
        }
        if (request.method().equals("DELETE") && path.startsWith("/api/v1/statuses/")) {
            var removed = statuses.remove(path.substring("/api/v1/statuses/".length()));
            return removed == null ? error(404, "Record not found") : Reply.json(200, removed);
        }
        return error(404, "Record not found");
    }

    private Reply create(Request request, String key) {
        var json = request.json();
        var text = json.path("status").asString("");
        if (text.isBlank() && json.path("media_ids").isEmpty()) {
            return error(422, "Validation failed: Text can't be blank");
        }
        if (text.codePointCount(0, text.length()) > 500) {
            return error(422, "Validation failed: Text character limit of 500 exceeded");
        }
        var id = String.valueOf(113_000_000_000_000_000L + ids.incrementAndGet());
        var status = object().put("id", id).put("created_at", now.toString())
                .put("content", "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>")
                .put("url", "https://mastodon.example/@JGP_Eagles/" + id)
                .put("uri", "https://mastodon.example/users/JGP_Eagles/statuses/" + id)
                .put("visibility", json.path("visibility").asString("public"));
        var media = status.putArray("media_attachments");
        json.path("media_ids").forEach(m -> media.addObject().put("id", m.asString()).put("type", "image")
                .put("description", descriptions.get(m.asString())));
        status.putObject("account").put("id", ACCOUNT_ID).put("username", "JGP_Eagles");
        statuses.put(id, status);
        if (!key.isEmpty()) {
            byIdempotencyKey.put(key, id);
        }
        return Reply.json(200, status);
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, object().put("error", message));
    }

    public static Reply rateLimited(Instant reset) {
        return error(429, "Too many requests").withHeaders(Map.of("X-RateLimit-Limit", "300",
                "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", reset.toString()));
    }

    public static Reply serverError() {
        return error(500, "We're sorry, but something went wrong on our end.");
    }

    public synchronized List<ObjectNode> statuses() {
        return List.copyOf(statuses.values());
    }
}
