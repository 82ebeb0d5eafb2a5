package app.safepost.publishing.platforms;

import app.safepost.publishing.PlatformFollower;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bluesky (AT Protocol): a session from {@code com.atproto.server.createSession} with the account's
 * app password, photos through {@code com.atproto.repo.uploadBlob} (made to fit the lexicon's size,
 * {@link BlueskyImages}), the post through {@code com.atproto.repo.createRecord} with its links,
 * hashtags and mentions as facets ({@link BlueskyFacets}) and each image's alt text and aspect ratio,
 * deletion through {@code com.atproto.repo.deleteRecord}. The record key is fixed when the post is
 * scheduled, so whether it is already there is one {@code com.atproto.repo.getRecord}, and a second
 * create with the same key cannot make a second post (the PDS fails it with a 500, which the retry's
 * look-up then settles). Tested against Bluesky's reference network (decision 24). Followers: {@code app.bsky.graph.getFollowers} (100 a page,
 * by cursor); a block is an {@code app.bsky.graph.block} record in the school's repository, lifted by
 * deleting that record (its address kept from the block, or found through {@code app.bsky.graph.getBlocks}).
 */
public final class BlueskyPublisher implements Publisher, PlatformFollowers {

    static final String COLLECTION = "app.bsky.feed.post";
    static final String BLOCK = "app.bsky.graph.block";
    private static final int MOST_BLOCK_PAGES = 50;

    /**
     * A signed-in session is reused for at most this long. The PDS keeps accepting an access token for
     * up to two hours after its app password was revoked; signing in again this often makes a revoked
     * app password stop the portal within minutes, at one sign-in per account at most this often.
     */
    static final Duration SESSION_REUSE = Duration.ofMinutes(10);

    private final String baseUrl;
    private final PlatformHttp http;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    record Session(String did, String accessJwt, Instant signedInAt) {}

    public BlueskyPublisher(String baseUrl, PlatformHttp http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    @Override
    public Sent publish(Outgoing post, String appPassword) {
        return withSession(post.bareHandle(), appPassword, session -> {
            var body = PlatformHttp.JSON
                    .createObjectNode()
                    .put("repo", session.did())
                    .put("collection", COLLECTION)
                    .put("rkey", post.recordKey());
            body.set("record", postRecord(session, post));
            var answer = http.expect(
                    xrpc("com.atproto.repo.createRecord", session)
                            .header("Content-Type", "application/json")
                            .POST(PlatformHttp.json(body))
                            .build(),
                    "the post",
                    200);
            var uri = answer.json().path("uri").asString("");
            if (uri.isEmpty()) {
                throw PublishFailure.transientFailure("Bluesky answered without the post's address.", null, 200);
            }
            return new Sent(uri, url(post));
        });
    }

    /** The {@code app.bsky.feed.post} record: text with its facets, and the photos uploaded as blobs. */
    private ObjectNode postRecord(Session session, Outgoing post) {
        var record = PlatformHttp.JSON
                .createObjectNode()
                .put("$type", COLLECTION)
                .put("text", post.text())
                .put("createdAt", http.now().toString());
        var facets =
                BlueskyFacets.json(post.text(), BlueskyFacets.find(post.text()), handle -> resolve(session, handle));
        if (!facets.isEmpty()) {
            record.set("facets", facets);
        }
        record.putArray("langs").add("en-GB");
        if (!post.photos().isEmpty()) {
            var embed = record.putObject("embed").put("$type", "app.bsky.embed.images");
            var images = embed.putArray("images");
            for (var photo : post.photos()) {
                var fitted = BlueskyImages.fit(photo);
                var image = images.addObject()
                        .put("$type", "app.bsky.embed.images#image")
                        .put("alt", photo.altText());
                image.set("image", uploadBlob(session, fitted.bytes(), fitted.contentType()));
                if (fitted.width() > 0 && fitted.height() > 0) {
                    image.putObject("aspectRatio").put("width", fitted.width()).put("height", fitted.height());
                }
            }
        }
        return record;
    }

    private JsonNode uploadBlob(Session session, byte[] bytes, String contentType) {
        var answer = http.expect(
                xrpc("com.atproto.repo.uploadBlob", session)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                "a photo",
                200);
        var blob = answer.json().path("blob");
        if (blob.isMissingNode() || blob.isNull()) {
            throw PublishFailure.transientFailure("Bluesky answered the photo upload without a blob.", null, 200);
        }
        return blob;
    }

    @Override
    public Optional<Sent> find(Outgoing post, String appPassword) {
        return withSession(post.bareHandle(), appPassword, session -> {
            var answer = http.send(xrpc(
                            "com.atproto.repo.getRecord?repo=" + enc(session.did()) + "&collection=" + COLLECTION
                                    + "&rkey=" + enc(post.recordKey()),
                            session)
                    .GET()
                    .build());
            if (answer.ok()) {
                return Optional.of(new Sent(
                        answer.json()
                                .path("uri")
                                .asString("at://" + session.did() + "/" + COLLECTION + "/" + post.recordKey()),
                        url(post)));
            }
            if (answer.status() == 400
                            && "RecordNotFound"
                                    .equals(answer.json().path("error").asString(""))
                    || answer.status() == 404) {
                return Optional.empty();
            }
            throw http.failure(answer, "looking for the post");
        });
    }

    @Override
    public void delete(Outgoing post, String postId, String appPassword) {
        withSession(post.bareHandle(), appPassword, session -> {
            var rkey = postId.substring(postId.lastIndexOf('/') + 1);
            var body = PlatformHttp.JSON
                    .createObjectNode()
                    .put("repo", session.did())
                    .put("collection", COLLECTION)
                    .put("rkey", rkey);
            return http.expect(
                    xrpc("com.atproto.repo.deleteRecord", session)
                            .header("Content-Type", "application/json")
                            .POST(PlatformHttp.json(body))
                            .build(),
                    "the deletion",
                    200);
        });
    }

    @Override
    public Page followers(String ownHandle, String appPassword, @Nullable String cursor) {
        return withSession(bare(ownHandle), appPassword, session -> {
            var json = http.expect(
                            xrpc(
                                            "app.bsky.graph.getFollowers?actor=" + enc(session.did()) + "&limit=100"
                                                    + (cursor == null ? "" : "&cursor=" + enc(cursor)),
                                            session)
                                    .GET()
                                    .build(),
                            "reading the followers",
                            200)
                    .json();
            var followers = new ArrayList<PlatformFollower>();
            for (var profile : json.path("followers")) {
                var did = profile.path("did").asString("");
                var handle = profile.path("handle").asString("");
                if (!did.isEmpty() && !handle.isEmpty()) {
                    var name = profile.path("displayName").asString("");
                    followers.add(new PlatformFollower(did, handle, name.isBlank() ? null : name));
                }
            }
            var next = json.path("cursor").asString("");
            return new Page(followers, next.isEmpty() ? null : next);
        });
    }

    @Override
    public String block(String ownHandle, String appPassword, String handle, @Nullable String platformId) {
        return withSession(bare(ownHandle), appPassword, session -> {
            var record = PlatformHttp.JSON
                    .createObjectNode()
                    .put("$type", BLOCK)
                    .put("subject", didOf(session, handle, platformId))
                    .put("createdAt", http.now().toString());
            var body = PlatformHttp.JSON
                    .createObjectNode()
                    .put("repo", session.did())
                    .put("collection", BLOCK);
            body.set("record", record);
            var answer = blockRecordCall(
                    session,
                    "com.atproto.repo.createRecord",
                    body,
                    "the block",
                    "This Bluesky server does not accept block records; block the account by hand in the Bluesky app.");
            var uri = answer.json().path("uri").asString("");
            if (uri.isEmpty()) {
                throw PublishFailure.transientFailure(
                        "Bluesky answered the block without its record's address.", null, 200);
            }
            return uri;
        });
    }

    @Override
    public boolean unblock(
            String ownHandle,
            String appPassword,
            String handle,
            @Nullable String platformId,
            @Nullable String blockReference) {
        return withSession(bare(ownHandle), appPassword, session -> {
            var prefix = "at://" + session.did() + "/" + BLOCK + "/";
            var rkey = blockReference != null && blockReference.startsWith(prefix)
                    ? blockReference.substring(prefix.length())
                    : blockRecordOf(session, bare(handle), platformId);
            if (rkey == null) {
                return false;
            }
            var body = PlatformHttp.JSON
                    .createObjectNode()
                    .put("repo", session.did())
                    .put("collection", BLOCK)
                    .put("rkey", rkey);
            blockRecordCall(
                    session,
                    "com.atproto.repo.deleteRecord",
                    body,
                    "lifting the block",
                    "This Bluesky server"
                            + " does not accept deleting block records; unblock the account by hand in the Bluesky app.");
            return true;
        });
    }

    /** Writes or deletes a block record; a server without the method (501) does not offer blocking. */
    private PlatformHttp.Answer blockRecordCall(
            Session session, String method, JsonNode body, String doing, String notOffered) {
        var answer = http.send(xrpc(method, session)
                .header("Content-Type", "application/json")
                .POST(PlatformHttp.json(body))
                .build());
        if (answer.status() == 501) {
            throw new NotOffered(notOffered);
        }
        if (!answer.ok()) {
            throw http.failure(answer, doing);
        }
        return answer;
    }

    /** The record key of the school's block of this account, from the accounts it blocks; null if none. */
    private @Nullable String blockRecordOf(Session session, String handle, @Nullable String platformId) {
        String cursor = null;
        for (int page = 0; page < MOST_BLOCK_PAGES; page++) {
            var json = http.expect(
                            xrpc(
                                            "app.bsky.graph.getBlocks?limit=100"
                                                    + (cursor == null ? "" : "&cursor=" + enc(cursor)),
                                            session)
                                    .GET()
                                    .build(),
                            "reading the blocked accounts",
                            200)
                    .json();
            for (var profile : json.path("blocks")) {
                var did = profile.path("did").asString("");
                if (platformId != null
                        ? platformId.equals(did)
                        : handle.equalsIgnoreCase(profile.path("handle").asString(""))) {
                    var uri = profile.path("viewer").path("blocking").asString("");
                    return uri.isEmpty() ? null : uri.substring(uri.lastIndexOf('/') + 1);
                }
            }
            cursor = json.path("cursor").asString("");
            if (cursor.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    private String didOf(Session session, String handle, @Nullable String platformId) {
        if (platformId != null && platformId.startsWith("did:")) {
            return platformId;
        }
        var did = resolve(session, bare(handle));
        if (did == null) {
            throw PublishFailure.permanent("Bluesky does not know @" + bare(handle) + ".", 400);
        }
        return did;
    }

    /** The account's DID, or null if Bluesky knows no such handle. */
    private @Nullable String resolve(Session session, String handle) {
        var answer = http.send(xrpc("com.atproto.identity.resolveHandle?handle=" + enc(handle), session)
                .GET()
                .build());
        if (answer.status() == 400) {
            return null;
        }
        if (!answer.ok()) {
            throw http.failure(answer, "looking up @" + handle);
        }
        var did = answer.json().path("did").asString("");
        if (did.isEmpty()) {
            throw PublishFailure.transientFailure("Bluesky did not give an id for @" + handle + ".", null, 200);
        }
        return did;
    }

    private static String bare(String handle) {
        return handle.startsWith("@") ? handle.substring(1) : handle;
    }

    private <T> T withSession(String handle, String appPassword, Function<Session, T> work) {
        var key = handle + "\n" + Integer.toHexString(appPassword.hashCode());
        var session = sessions.compute(
                key,
                (k, held) ->
                        held == null || held.signedInAt().plus(SESSION_REUSE).isBefore(http.now())
                                ? createSession(handle, appPassword)
                                : held);
        try {
            return work.apply(session);
        } catch (PublishFailure e) {
            // An access token lives a couple of hours: on an expired one, sign in again once.
            if (e.status() == 400 || e.status() == 401) {
                if (e.getMessage() != null
                        && (e.getMessage().contains("ExpiredToken")
                                || e.getMessage().contains("InvalidToken")
                                || e.getMessage().contains("expired"))) {
                    sessions.remove(key);
                    var fresh = sessions.computeIfAbsent(key, k -> createSession(handle, appPassword));
                    return work.apply(fresh);
                }
            }
            throw e;
        }
    }

    private Session createSession(String handle, String appPassword) {
        var body =
                PlatformHttp.JSON.createObjectNode().put("identifier", handle).put("password", appPassword);
        var json = http.expect(
                        http.request(baseUrl + "/xrpc/com.atproto.server.createSession")
                                .header("Content-Type", "application/json")
                                .POST(PlatformHttp.json(body))
                                .build(),
                        "the sign-in",
                        200)
                .json();
        return new Session(json.path("did").asString(), json.path("accessJwt").asString(), http.now());
    }

    private HttpRequest.Builder xrpc(String method, Session session) {
        return http.request(baseUrl + "/xrpc/" + method).header("Authorization", "Bearer " + session.accessJwt());
    }

    private static String url(Outgoing post) {
        return "https://bsky.app/profile/" + post.bareHandle() + "/post/" + post.recordKey();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
