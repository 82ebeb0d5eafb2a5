package app.safepost.publishing.platforms;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Bluesky PDS as far as publishing uses it: {@code com.atproto.server.createSession},
 * {@code com.atproto.repo.uploadBlob}, {@code createRecord}, {@code getRecord}, {@code deleteRecord},
 * and, proxied to the app view as a real PDS does, {@code app.bsky.graph.getFollowers} (by cursor; a
 * blocked account is not listed), {@code app.bsky.graph.getBlocks}, {@code
 * com.atproto.identity.resolveHandle}; a block is an {@code app.bsky.graph.block} record. Errors are
 * XRPC bodies ({@code {"error": …, "message": …}}) with ratelimit-* headers. Where it overlaps the
 * reference network, its answers are checked against the network's ({@code FakeBlueskyAgreesWithTheNetworkTest}).
 */
public class FakeBluesky extends FakePlatform {

    public static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
    public static final String DID = "did:plc:jgpeagles0000000000000";
    private static final String BLOCK = "app.bsky.graph.block";

    /** An account on the network. */
    public record Profile(String did, String handle, String displayName) {}

    private final Map<String, JsonNode> records = new LinkedHashMap<>();
    /** Uploaded blobs by their reference. */
    private final Map<String, ObjectNode> blobs = new LinkedHashMap<>();

    private final Map<String, Profile> profiles = new LinkedHashMap<>();
    private final List<String> followers = new ArrayList<>();
    /** Block record key to the blocked account's DID. */
    private final Map<String, String> blocks = new LinkedHashMap<>();

    private int sessions;
    private int pageMaximum = 100;
    private boolean blocking = true;

    @Override
    protected synchronized void forget() {
        profiles.clear();
        followers.clear();
        blocks.clear();
        pageMaximum = 100;
        blocking = true;
    }

    /** Someone starts following the school's account. */
    public synchronized Profile follow(String handle, String displayName) {
        var profile =
                new Profile("did:plc:" + Integer.toString(ids.incrementAndGet(), 36) + "follower", handle, displayName);
        profiles.put(profile.did(), profile);
        followers.addFirst(profile.did());
        return profile;
    }

    public synchronized void unfollow(String handle) {
        followers.removeIf(did -> profiles.get(did).handle().equals(handle));
    }

    /** The account takes a new handle (its DID stays) and shows a new name. */
    public synchronized void changeHandle(String handle, String newHandle, String displayName) {
        var profile = profiles.values().stream()
                .filter(p -> p.handle().equals(handle))
                .findFirst()
                .orElseThrow();
        profiles.put(profile.did(), new Profile(profile.did(), newHandle, displayName));
    }

    /** At most this many followers a page, whatever the client asks for (the real app view: 100). */
    public synchronized void pageMaximum(int most) {
        pageMaximum = most;
    }

    /** A PDS that does not accept block records. */
    public synchronized void withoutBlocking() {
        blocking = false;
    }

    /** The handles the school's account blocks. */
    public synchronized List<String> blocked() {
        return blocks.values().stream()
                .map(did -> profiles.containsKey(did) ? profiles.get(did).handle() : did)
                .toList();
    }

    @Override
    protected synchronized Reply route(Request request) {
        var path = request.path();
        if (path.equals("/xrpc/com.atproto.server.createSession")) {
            var json = request.json();
            if (!APP_PASSWORD.equals(json.path("password").asString(""))) {
                return error(401, "AuthenticationRequired", "Invalid identifier or password");
            }
            sessions++;
            return Reply.json(
                    200,
                    object().put("did", DID)
                            .put("handle", json.path("identifier").asString())
                            .put("accessJwt", "access-" + sessions)
                            .put("refreshJwt", "refresh-" + sessions)
                            .put("active", true));
        }
        if (request.header("authorization").isEmpty()) {
            return error(401, "AuthMissing", "Authentication Required");
        }
        if (!request.header("authorization").startsWith("Bearer access-")) {
            return error(401, "AuthenticationRequired", "Authentication Required");
        }
        if (path.equals("/xrpc/com.atproto.repo.uploadBlob")) {
            var blob = object();
            var link = "bafkrei" + ids.incrementAndGet();
            blob.putObject("blob").put("$type", "blob").putObject("ref").put("$link", link);
            ((ObjectNode) blob.path("blob"))
                    .put("mimeType", request.header("content-type"))
                    .put("size", request.body().length);
            blobs.put(link, (ObjectNode) blob.path("blob"));
            return Reply.json(200, blob);
        }
        if (path.equals("/xrpc/app.bsky.graph.getFollowers")) {
            return followerScriptedOr(() -> followersPage(request));
        }
        if (path.equals("/xrpc/app.bsky.graph.getBlocks")) {
            return followerScriptedOr(() -> blocksPage(request));
        }
        if (path.equals("/xrpc/com.atproto.identity.resolveHandle")) {
            return followerScriptedOr(() -> profiles.values().stream()
                    .filter(p -> p.handle().equals(request.query().get("handle")))
                    .findFirst()
                    .map(p -> Reply.json(200, object().put("did", p.did())))
                    .orElseGet(() -> error(400, "HandleNotFound", "Unable to resolve handle")));
        }
        if (path.equals("/xrpc/com.atproto.repo.createRecord")
                && BLOCK.equals(request.json().path("collection").asString())) {
            return followerScriptedOr(() -> block(request.json()));
        }
        if (path.equals("/xrpc/com.atproto.repo.deleteRecord")
                && BLOCK.equals(request.json().path("collection").asString())) {
            return followerScriptedOr(() -> unblock(request.json()));
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
            var body = object();
            if (records.remove(uri(request.json().path("rkey").asString())) != null) {
                body.putObject("commit").put("cid", "bafyreicommit").put("rev", "3l" + ids.incrementAndGet());
            }
            return Reply.json(200, body);
        }
        return error(501, "MethodNotImplemented", "Method Not Implemented");
    }

    private Reply followersPage(Request request) {
        var actor = request.query().getOrDefault("actor", "");
        if (!actor.equals(DID)) {
            return error(400, "InvalidRequest", "Profile not found");
        }
        var limit = Math.min(Integer.parseInt(request.query().getOrDefault("limit", "50")), pageMaximum);
        var from = Integer.parseInt(request.query().getOrDefault("cursor", "0"));
        var listed =
                followers.stream().filter(did -> !blocks.containsValue(did)).toList();
        var body = object();
        body.putObject("subject").put("did", DID).put("handle", "jgp-eagles.bsky.social");
        var array = body.putArray("followers");
        listed.stream().skip(from).limit(limit).forEach(did -> array.add(json(profiles.get(did))));
        if (from + limit < listed.size()) {
            body.put("cursor", String.valueOf(from + limit));
        }
        return Reply.json(200, body);
    }

    private Reply blocksPage(Request request) {
        var limit = Math.min(Integer.parseInt(request.query().getOrDefault("limit", "50")), pageMaximum);
        var from = Integer.parseInt(request.query().getOrDefault("cursor", "0"));
        var all = blocks.entrySet().stream()
                .filter(block -> profiles.containsKey(block.getValue()))
                .toList();
        var body = object();
        var array = body.putArray("blocks");
        all.stream().skip(from).limit(limit).forEach(block -> {
            var profile = json(profiles.get(block.getValue()));
            profile.putObject("viewer").put("blocking", "at://" + DID + "/" + BLOCK + "/" + block.getKey());
            array.add(profile);
        });
        if (from + limit < all.size()) {
            body.put("cursor", String.valueOf(from + limit));
        }
        return Reply.json(200, body);
    }

    private Reply block(JsonNode json) {
        if (!blocking) {
            return error(501, "MethodNotImplemented", "Method Not Implemented");
        }
        var subject = json.path("record").path("subject").asString("");
        if (!subject.startsWith("did:")) {
            return error(
                    400,
                    "InvalidRequest",
                    "Invalid app.bsky.graph.block record: Invalid DID (got \"" + subject + "\") at $.record.subject");
        }
        var rkey = "3lblock" + Integer.toString(ids.incrementAndGet(), 32);
        blocks.put(rkey, subject);
        var uri = "at://" + DID + "/" + BLOCK + "/" + rkey;
        return Reply.json(
                200,
                object().put("uri", uri)
                        .put("cid", "bafyrei" + Math.abs(uri.hashCode()))
                        .put("validationStatus", "valid"));
    }

    private Reply unblock(JsonNode json) {
        if (!blocking) {
            return error(501, "MethodNotImplemented", "Method Not Implemented");
        }
        blocks.remove(json.path("rkey").asString());
        var body = object();
        body.putObject("commit").put("cid", "bafyreicommit").put("rev", "3l" + ids.incrementAndGet());
        return Reply.json(200, body);
    }

    private static ObjectNode json(Profile profile) {
        return object().put("did", profile.did())
                .put("handle", profile.handle())
                .put("displayName", profile.displayName());
    }

    private Reply create(JsonNode json) {
        var record = json.path("record");
        var invalid = invalidPost(record);
        if (invalid != null) {
            return error(400, "InvalidRequest", "Invalid app.bsky.feed.post record: " + invalid);
        }
        var rkey = json.path("rkey").asString("");
        if (!rkey.matches("[234567a-z]{13}")) {
            return error(400, "InvalidRequest", "Invalid record key (got \"" + rkey + "\") at $.rkey");
        }
        var images = record.path("embed").path("images");
        for (int i = 0; i < images.size(); i++) {
            var link = images.path(i).path("image").path("ref").path("$link").asString("");
            var blob = blobs.get(link);
            if (blob == null) {
                return error(400, "BlobNotFound", "Could not find blob: " + link);
            }
            if (blob.path("size").asInt() > 2_000_000) {
                return error(
                        400,
                        "InvalidRequest",
                        "Invalid app.bsky.feed.post record: blob too big (maximum 2000000," + " got "
                                + blob.path("size").asInt() + ") at $.record.embed.images[" + i + "].image");
            }
        }
        var uri = uri(rkey);
        if (records.containsKey(uri)) {
            // The PDS fails on a key in use rather than refusing the post.
            return error(500, "InternalServerError", "Internal Server Error");
        }
        records.put(uri, record);
        var body = object().put("uri", uri).put("cid", "bafyrei" + Math.abs(uri.hashCode()));
        body.putObject("commit").put("cid", "bafyreicommit").put("rev", "3l" + ids.incrementAndGet());
        return Reply.json(200, body.put("validationStatus", "valid"));
    }

    /** What the PDS's lexicon check says of a post record, or null if it passes. */
    private static @Nullable String invalidPost(JsonNode record) {
        var text = record.path("text").asString("");
        int graphemes = graphemes(text);
        if (graphemes > 300) {
            return "grapheme too big (maximum 300, got " + graphemes + ") at $.record.text";
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > 3000) {
            return "string too long (maximum 3000) at $.record.text";
        }
        var facets = record.path("facets");
        for (int i = 0; i < facets.size(); i++) {
            var features = facets.path(i).path("features");
            for (int j = 0; j < features.size(); j++) {
                var type = features.path(j).path("$type").asString("");
                var uri = features.path(j).path("uri").asString("");
                var did = features.path(j).path("did").asString("");
                if (type.endsWith("#link") && !uri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
                    return "Invalid uri (got \"" + uri + "\") at $.record.facets[" + i + "].features[" + j + "].uri";
                }
                if (type.endsWith("#mention") && !did.startsWith("did:")) {
                    return "Invalid DID (got \"" + did + "\") at $.record.facets[" + i + "].features[" + j + "].did";
                }
            }
        }
        return null;
    }

    private static int graphemes(String text) {
        var clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text);
        int count = 0;
        while (clusters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static String uri(String rkey) {
        return "at://" + DID + "/app.bsky.feed.post/" + rkey;
    }

    private static Reply error(int status, String error, String message) {
        return Reply.json(status, object().put("error", error).put("message", message));
    }

    public static Reply rateLimited(Instant reset) {
        return error(429, "RateLimitExceeded", "Rate Limit Exceeded")
                .withHeaders(Map.of(
                        "ratelimit-limit",
                        "5000",
                        "ratelimit-remaining",
                        "0",
                        "ratelimit-reset",
                        String.valueOf(reset.getEpochSecond()),
                        "ratelimit-policy",
                        "5000;w=3600"));
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
