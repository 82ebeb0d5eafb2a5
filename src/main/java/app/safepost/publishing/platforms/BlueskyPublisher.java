package app.safepost.publishing.platforms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky (AT Protocol): a session from {@code com.atproto.server.createSession} with the account's
 * app password, photos through {@code com.atproto.repo.uploadBlob}, the post through
 * {@code com.atproto.repo.createRecord} with each image's alt text, deletion through
 * {@code com.atproto.repo.deleteRecord}. The record key is fixed when the post is scheduled, so
 * whether it is already there is one {@code com.atproto.repo.getRecord}, and a second create with
 * the same key cannot make a second post.
 */
public final class BlueskyPublisher implements Publisher {

    static final String COLLECTION = "app.bsky.feed.post";

    private final String baseUrl;
    private final PlatformHttp http;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    record Session(String did, String accessJwt) {
    }

    public BlueskyPublisher(String baseUrl, PlatformHttp http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    @Override
    public Sent publish(Outgoing post, String appPassword) {
        return withSession(post, appPassword, session -> {
            var record = PlatformHttp.JSON.createObjectNode()
                    .put("$type", COLLECTION)
                    .put("text", post.text())
                    .put("createdAt", http.now().toString());
            record.putArray("langs").add("en-GB");
            if (!post.photos().isEmpty()) {
                var embed = record.putObject("embed").put("$type", "app.bsky.embed.images");
                var images = embed.putArray("images");
                for (var photo : post.photos()) {
                    images.addObject().put("alt", photo.altText()).set("image", uploadBlob(session, photo));
                }
            }
            var body = PlatformHttp.JSON.createObjectNode()
                    .put("repo", session.did()).put("collection", COLLECTION).put("rkey", post.recordKey());
            body.set("record", record);
            var answer = http.expect(xrpc("com.atproto.repo.createRecord", session).header("Content-Type", "application/json")
                    .POST(PlatformHttp.json(body)).build(), "the post", 200);
            var uri = answer.json().path("uri").asString("");
            if (uri.isEmpty()) {
                throw PublishFailure.transientFailure("Bluesky answered without the post's address.", null, 200);
            }
            return new Sent(uri, url(post));
        });
    }

    private JsonNode uploadBlob(Session session, Outgoing.Photo photo) {
        var answer = http.expect(xrpc("com.atproto.repo.uploadBlob", session).header("Content-Type", photo.contentType())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(photo.bytes())).build(), "a photo", 200);
        var blob = answer.json().path("blob");
        if (blob.isMissingNode() || blob.isNull()) {
            throw PublishFailure.transientFailure("Bluesky answered the photo upload without a blob.", null, 200);
        }
        return blob;
    }

    @Override
    public Optional<Sent> find(Outgoing post, String appPassword) {
        return withSession(post, appPassword, session -> {
            var answer = http.send(xrpc("com.atproto.repo.getRecord?repo=" + enc(session.did()) + "&collection="
                    + COLLECTION + "&rkey=" + enc(post.recordKey()), session).GET().build());
            if (answer.ok()) {
                return Optional.of(new Sent(answer.json().path("uri").asString(
                        "at://" + session.did() + "/" + COLLECTION + "/" + post.recordKey()), url(post)));
            }
            if (answer.status() == 400 && "RecordNotFound".equals(answer.json().path("error").asString(""))
                    || answer.status() == 404) {
                return Optional.empty();
            }
            throw http.failure(answer, "looking for the post");
        });
    }

    @Override
    public void delete(Outgoing post, String postId, String appPassword) {
        withSession(post, appPassword, session -> {
            var rkey = postId.substring(postId.lastIndexOf('/') + 1);
            var body = PlatformHttp.JSON.createObjectNode()
                    .put("repo", session.did()).put("collection", COLLECTION).put("rkey", rkey);
            return http.expect(xrpc("com.atproto.repo.deleteRecord", session).header("Content-Type", "application/json")
                    .POST(PlatformHttp.json(body)).build(), "the deletion", 200);
        });
    }

    private <T> T withSession(Outgoing post, String appPassword, java.util.function.Function<Session, T> work) {
        var key = post.bareHandle() + "\n" + Integer.toHexString(appPassword.hashCode());
        var session = sessions.computeIfAbsent(key, k -> createSession(post.bareHandle(), appPassword));
        try {
            return work.apply(session);
        } catch (PublishFailure e) {
            // An access token lives a couple of hours: on an expired one, sign in again once.
            if (e.status() == 400 || e.status() == 401) {
                if (e.getMessage() != null && (e.getMessage().contains("ExpiredToken")
                        || e.getMessage().contains("InvalidToken") || e.getMessage().contains("expired"))) {
                    sessions.remove(key);
                    var fresh = sessions.computeIfAbsent(key, k -> createSession(post.bareHandle(), appPassword));
                    return work.apply(fresh);
                }
            }
            throw e;
        }
    }

    private Session createSession(String handle, String appPassword) {
        var body = PlatformHttp.JSON.createObjectNode().put("identifier", handle).put("password", appPassword);
        var json = http.expect(http.request(baseUrl + "/xrpc/com.atproto.server.createSession")
                .header("Content-Type", "application/json").POST(PlatformHttp.json(body)).build(),
                "the sign-in", 200).json();
        return new Session(json.path("did").asString(), json.path("accessJwt").asString());
    }

    private java.net.http.HttpRequest.Builder xrpc(String method, Session session) {
        return http.request(baseUrl + "/xrpc/" + method).header("Authorization", "Bearer " + session.accessJwt());
    }

    private static String url(Outgoing post) {
        return "https://bsky.app/profile/" + post.bareHandle() + "/post/" + post.recordKey();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
