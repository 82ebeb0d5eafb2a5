package app.safepost.publishing.platforms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Bluesky PDS as far as publishing uses it: {@code com.atproto.server.createSession},
 * {@code com.atproto.repo.uploadBlob}, {@code createRecord}, {@code getRecord}, {@code deleteRecord},
 * with the XRPC error bodies ({@code {"error": …, "message": …}}) and ratelimit-* headers.
 */
public class FakeBluesky extends FakePlatform {

    public static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
    public static final String DID = "did:plc:jgpeagles0000000000000";

    private final Map<String, JsonNode> records = new LinkedHashMap<>();
    private int sessions;

    @Override
    protected synchronized Reply route(Request request) {
        var path = request.path();
        if (path.equals("/xrpc/com.atproto.server.createSession")) {
            var json = request.json();
            if (!APP_PASSWORD.equals(json.path("password").asString(""))) {
                return error(401, "AuthenticationRequired", "Invalid identifier or password");
            }
            sessions++;
            return Reply.json(200, object().put("did", DID).put("handle", json.path("identifier").asString())
                    .put("accessJwt", "access-" + sessions).put("refreshJwt", "refresh-" + sessions).put("active", true));
        }
        if (!request.header("authorization").startsWith("Bearer access-")) {
            return error(401, "AuthenticationRequired", "Authentication Required");
        }
        if (path.equals("/xrpc/com.atproto.repo.uploadBlob")) {
            var blob = object();
            blob.putObject("blob").put("$type", "blob").put("mimeType", request.header("content-type"))
                    .put("size", request.body().length).putObject("ref").put("$link", "bafkrei" + ids.incrementAndGet());
            return Reply.json(200, blob);
        }
        if (path.equals("/xrpc/com.atproto.repo.createRecord")) {
            return scriptedOr(() -> create(request.json()));
        }
        if (path.equals("/xrpc/com.atproto.repo.getRecord")) {
            var uri = uri(request.query().get("rkey"));
            var record = records.get(uri);
            if (record == null) {
                return error(400, "RecordNotFound", "Could not locate record: " + uri);
            }
            var body = object().put("uri", uri).put("cid", "bafyrei" + Math.abs(uri.hashCode()));
            body.set("value", record);
            return Reply.json(200, body);
        }
        if (path.equals("/xrpc/com.atproto.repo.deleteRecord")) {
            records.remove(uri(request.json().path("rkey").asString()));
            var body = object();
            body.putObject("commit").put("cid", "bafyreicommit").put("rev", "3l" + ids.incrementAndGet());
            return Reply.json(200, body);
        }
        return error(501, "MethodNotImplemented", "Method Not Implemented");
    }

    private Reply create(JsonNode json) {
        var record = json.path("record");
        var text = record.path("text").asString("");
        if (text.codePointCount(0, text.length()) > 300) {
            return error(400, "InvalidRequest", "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes");
        }
        var rkey = json.path("rkey").asString("");
        if (!rkey.matches("[234567a-z]{13}")) {
            return error(400, "InvalidRequest", "Invalid record key: must be a TID");
        }
        var uri = uri(rkey);
        if (records.containsKey(uri)) {
            return error(400, "InvalidRequest", "Record already exists at " + uri);
        }
        records.put(uri, record);
        return Reply.json(200, object().put("uri", uri).put("cid", "bafyrei" + Math.abs(uri.hashCode()))
                .put("validationStatus", "valid"));
    }

    private static String uri(String rkey) {
        return "at://" + DID + "/app.bsky.feed.post/" + rkey;
    }

    private static Reply error(int status, String error, String message) {
        return Reply.json(status, object().put("error", error).put("message", message));
    }

    public static Reply rateLimited(Instant reset) {
        return error(429, "RateLimitExceeded", "Rate Limit Exceeded").withHeaders(Map.of("ratelimit-limit", "5000",
                "ratelimit-remaining", "0", "ratelimit-reset", String.valueOf(reset.getEpochSecond()),
                "ratelimit-policy", "5000;w=3600"));
    }

    public static Reply badGateway() {
        return error(502, "UpstreamFailure", "Upstream Failure");
    }

    public synchronized List<JsonNode> posts() {
        return List.copyOf(records.values());
    }

    public synchronized int sessionsCreated() {
        return sessions;
    }
}
