package app.safepost.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tests' own XRPC calls to the reference network's PDS, as another Bluesky user or the school's
 * owner would make them: accounts, follows, reading records and blobs back, app passwords.
 */
public final class BlueskyClient {

    /** A signed-in account. */
    public record Session(String did, String handle, String accessJwt) {}

    /** An answer read whole; {@code json} is empty for a body that is not JSON. */
    public record Answer(int status, JsonNode json, byte[] bytes) {

        public boolean ok() {
            return status == 200;
        }

        public String error() {
            return json.path("error").asString("");
        }

        public JsonNode orFail() {
            if (!ok()) {
                throw new IllegalStateException("XRPC answered " + status + ": " + json);
            }
            return json;
        }
    }

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String pds;

    public BlueskyClient(String pds) {
        this.pds = pds;
    }

    public Session signIn(String identifier, String password) {
        var json = post(
                        null,
                        "com.atproto.server.createSession",
                        JSON.createObjectNode().put("identifier", identifier).put("password", password))
                .orFail();
        return new Session(
                json.path("did").asString(),
                json.path("handle").asString(),
                json.path("accessJwt").asString());
    }

    /**
     * A new account, {@code <prefix>-<n><random>.test} (the PDS takes at most 18 characters before
     * {@code .test}), showing the name given; its password is its handle.
     */
    public Session newAccount(String prefix, String displayName) {
        var handle = prefix.substring(0, Math.min(prefix.length(), 9)) + "-" + ACCOUNTS.incrementAndGet()
                + Long.toString(System.nanoTime() % 46_656, 36) + ".test";
        var created = post(
                        null,
                        "com.atproto.server.createAccount",
                        JSON.createObjectNode()
                                .put("handle", handle)
                                .put("email", handle.replace('.', '-') + "@example.com")
                                .put("password", handle))
                .orFail();
        var session = new Session(
                created.path("did").asString(),
                handle,
                created.path("accessJwt").asString());
        createRecord(
                session,
                "app.bsky.actor.profile",
                "self",
                JSON.createObjectNode().put("$type", "app.bsky.actor.profile").put("displayName", displayName));
        return session;
    }

    /** A new app password of the account, as its owner makes one in the Bluesky app. */
    public String appPassword(Session owner, String name) {
        return post(
                        owner,
                        "com.atproto.server.createAppPassword",
                        JSON.createObjectNode().put("name", name))
                .orFail()
                .path("password")
                .asString();
    }

    public void revokeAppPassword(Session owner, String name) {
        post(
                        owner,
                        "com.atproto.server.revokeAppPassword",
                        JSON.createObjectNode().put("name", name))
                .orFail();
    }

    /** The DIDs of the account's followers, as the AppView lists them (first 100). */
    public List<String> followers(Session of) {
        var dids = new ArrayList<String>();
        get(of, "app.bsky.graph.getFollowers", Map.of("actor", of.did(), "limit", "100"))
                .orFail()
                .path("followers")
                .forEach(f -> dids.add(f.path("did").asString()));
        return dids;
    }

    /** The DIDs of the accounts the account blocks, as the AppView lists them (first 100). */
    public List<String> blocked(Session by) {
        var dids = new ArrayList<String>();
        get(by, "app.bsky.graph.getBlocks", Map.of("limit", "100"))
                .orFail()
                .path("blocks")
                .forEach(b -> dids.add(b.path("did").asString()));
        return dids;
    }

    /** The texts of the account's posts (newest 100). */
    public List<String> postTexts(String did) {
        var texts = new ArrayList<String>();
        get(
                        null,
                        "com.atproto.repo.listRecords",
                        Map.of("repo", did, "collection", "app.bsky.feed.post", "limit", "100"))
                .orFail()
                .path("records")
                .forEach(r -> texts.add(r.path("value").path("text").asString()));
        return texts;
    }

    /** The follow record's address. */
    public String follow(Session follower, String subjectDid) {
        return createRecord(
                follower,
                "app.bsky.graph.follow",
                null,
                JSON.createObjectNode()
                        .put("$type", "app.bsky.graph.follow")
                        .put("subject", subjectDid)
                        .put("createdAt", Instant.now().toString()));
    }

    public String createRecord(Session by, String collection, @Nullable String rkey, ObjectNode record) {
        var body = JSON.createObjectNode().put("repo", by.did()).put("collection", collection);
        if (rkey != null) {
            body.put("rkey", rkey);
        }
        body.set("record", record);
        return post(by, "com.atproto.repo.createRecord", body)
                .orFail()
                .path("uri")
                .asString();
    }

    public void deleteRecord(Session by, String uri) {
        var parts = uri.substring("at://".length()).split("/");
        post(
                        by,
                        "com.atproto.repo.deleteRecord",
                        JSON.createObjectNode()
                                .put("repo", parts[0])
                                .put("collection", parts[1])
                                .put("rkey", parts[2]))
                .orFail();
    }

    /** {@code com.atproto.repo.getRecord} by the record's address, unauthenticated as anyone may. */
    public Answer record(String uri) {
        var parts = uri.substring("at://".length()).split("/");
        return get(
                null, "com.atproto.repo.getRecord", Map.of("repo", parts[0], "collection", parts[1], "rkey", parts[2]));
    }

    /** The blob's bytes as the PDS serves them. */
    public Answer blob(String did, String cid) {
        return get(null, "com.atproto.sync.getBlob", Map.of("did", did, "cid", cid));
    }

    /** {@code com.atproto.repo.uploadBlob}: the blob's reference is {@code json().path("blob")}. */
    public Answer upload(Session by, byte[] bytes, String contentType) {
        return send(request(by, "com.atproto.repo.uploadBlob")
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    public Answer get(@Nullable Session by, String method, Map<String, String> query) {
        var parameters = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(by, method + (parameters.isEmpty() ? "" : "?" + parameters))
                .GET());
    }

    public Answer post(@Nullable Session by, String method, JsonNode body) {
        return send(request(by, method)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder request(@Nullable Session by, String path) {
        var builder = HttpRequest.newBuilder(URI.create(pds + "/xrpc/" + path)).timeout(Duration.ofSeconds(30));
        return by == null ? builder : builder.header("Authorization", "Bearer " + by.accessJwt());
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                json = JSON.createObjectNode();
            }
            return new Answer(response.statusCode(), json == null ? JSON.createObjectNode() : json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
