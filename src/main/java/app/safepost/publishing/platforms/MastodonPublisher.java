package app.safepost.publishing.platforms;

import app.safepost.publishing.PlatformFollower;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Mastodon: photos with their alt text through {@code POST /api/v2/media}, the post through
 * {@code POST /api/v1/statuses} with the entry's {@code Idempotency-Key} (the server returns the
 * status it already made for that key, for an hour), deletion through {@code DELETE
 * /api/v1/statuses/:id}. The credential is the account's access token. A post that may already be
 * there is looked for among the account's statuses since it was scheduled, by its text.
 * Followers: {@code GET /api/v1/accounts/:id/followers?limit=80}, paged by the {@code Link} header's
 * next {@code max_id}; blocks through {@code POST /api/v1/accounts/:id/block} and {@code /unblock},
 * the follower's id looked up with {@code GET /api/v1/accounts/lookup} when the register has none.
 * One instance speaks to one server; {@link #at} gives the one for an account on another.
 */
public final class MastodonPublisher implements Publisher, PlatformFollowers {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");
    private static final Pattern MAX_ID = Pattern.compile("[?&]max_id=([^&]+)");
    private static final int MEDIA_POLLS = 10;

    private final String baseUrl;
    private final PlatformHttp http;

    public MastodonPublisher(String baseUrl, PlatformHttp http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    /** The same adapter for an account on another server. */
    public MastodonPublisher at(String server) {
        return new MastodonPublisher(server, http);
    }

    @Override
    public Sent publish(Outgoing post, String token) {
        var body = PlatformHttp.JSON
                .createObjectNode()
                .put("status", post.text())
                .put("visibility", "public")
                .put("language", "en");
        if (!post.photos().isEmpty()) {
            var ids = body.putArray("media_ids");
            for (var photo : post.photos()) {
                ids.add(upload(photo, token));
            }
        }
        var answer = http.expect(
                http.request(baseUrl + "/api/v1/statuses")
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", post.idempotencyKey())
                        .header("Content-Type", "application/json")
                        .POST(PlatformHttp.json(body))
                        .build(),
                "the post",
                200);
        var json = answer.json();
        var id = json.path("id").asString("");
        if (id.isEmpty()) {
            throw PublishFailure.transientFailure("Mastodon answered without the post's id.", null, 200);
        }
        return new Sent(id, json.path("url").asString(baseUrl + "/statuses/" + id));
    }

    private String upload(Outgoing.Photo photo, String token) {
        var form = new PlatformHttp.Multipart().file("file", "photo", photo.contentType(), photo.bytes());
        if (!photo.altText().isBlank()) {
            form.field("description", photo.altText());
        }
        var answer = http.expect(
                http.request(baseUrl + "/api/v2/media")
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", form.contentType())
                        .POST(form.publisher())
                        .build(),
                "a photo",
                200,
                202);
        var id = answer.json().path("id").asString("");
        if (id.isEmpty()) {
            throw PublishFailure.transientFailure(
                    "Mastodon answered the photo upload without an id.", null, answer.status());
        }
        // 202: still processing; a status can attach it only once its url is there.
        var status = answer.status();
        for (int poll = 0; status == 202 && poll < MEDIA_POLLS; poll++) {
            pause();
            var check = http.expect(
                    http.request(baseUrl + "/api/v1/media/" + enc(id))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    "reading a photo",
                    200,
                    206);
            status = check.status() == 200 && !check.json().path("url").isNull() ? 200 : 202;
        }
        if (status == 202) {
            throw PublishFailure.transientFailure("Mastodon is still processing a photo.", null, 202);
        }
        return id;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PublishFailure.transientFailure("Interrupted while Mastodon processed a photo.", null, 0);
        }
    }

    @Override
    public Optional<Sent> find(Outgoing post, String token) {
        var me = ownAccountId(token);
        var statuses = http.expect(
                        http.request(baseUrl + "/api/v1/accounts/" + enc(me) + "/statuses?limit=40")
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        "reading the account's posts",
                        200)
                .json();
        var wanted = comparable(post.text());
        for (var status : statuses) {
            var created = status.path("created_at").asString("");
            if (!created.isEmpty()
                    && Instant.parse(created).isBefore(post.publishAt().minusSeconds(60))) {
                continue;
            }
            if (comparable(plainText(status.path("content").asString(""))).equals(wanted)) {
                var id = status.path("id").asString();
                return Optional.of(new Sent(id, status.path("url").asString(baseUrl + "/statuses/" + id)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void delete(Outgoing post, String postId, String token) {
        http.expect(
                http.request(baseUrl + "/api/v1/statuses/" + enc(postId))
                        .header("Authorization", "Bearer " + token)
                        .DELETE()
                        .build(),
                "the deletion",
                200,
                404);
    }

    @Override
    public Page followers(String ownHandle, String token, @Nullable String cursor) {
        // The cursor carries the school account's id, so later pages need no second look-up.
        var me = cursor == null ? ownAccountId(token) : cursor.substring(0, cursor.indexOf(' '));
        var maxId = cursor == null ? null : cursor.substring(cursor.indexOf(' ') + 1);
        var answer = http.expect(
                authorised(
                                baseUrl + "/api/v1/accounts/" + enc(me) + "/followers?limit=80"
                                        + (maxId == null ? "" : "&max_id=" + enc(maxId)),
                                token)
                        .GET()
                        .build(),
                "reading the followers",
                200);
        var followers = new ArrayList<PlatformFollower>();
        for (var account : answer.json()) {
            var id = account.path("id").asString("");
            var acct = account.path("acct").asString("");
            if (!id.isEmpty() && !acct.isEmpty()) {
                var name = account.path("display_name").asString("");
                followers.add(new PlatformFollower(id, acct, name.isBlank() ? null : name));
            }
        }
        var next = nextMaxId(answer.headers());
        return new Page(followers, next == null ? null : me + " " + next);
    }

    @Override
    public String block(String ownHandle, String token, String handle, @Nullable String platformId) {
        var id = accountIdOf(handle, platformId, token);
        relationship(id, "block", token);
        return id;
    }

    @Override
    public boolean unblock(
            String ownHandle,
            String token,
            String handle,
            @Nullable String platformId,
            @Nullable String blockReference) {
        relationship(accountIdOf(handle, platformId, token), "unblock", token);
        return true;
    }

    private void relationship(String id, String action, String token) {
        var answer = http.send(authorised(baseUrl + "/api/v1/accounts/" + enc(id) + "/" + action, token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        if (answer.ok()) {
            return;
        }
        // The account was found a moment ago: a 404 other than Mastodon's own means the endpoint is missing.
        if (answer.status() == 405
                || answer.status() == 501
                || answer.status() == 404 && !"Record not found".equals(PlatformHttp.platformMessage(answer))) {
            throw new NotOffered("This Mastodon server does not offer " + action + "ing through its API; " + action
                    + " the account by hand in Mastodon.");
        }
        throw http.failure(answer, "the " + action);
    }

    private String accountIdOf(String handle, @Nullable String platformId, String token) {
        if (platformId != null && !platformId.isBlank()) {
            return platformId;
        }
        var bare = handle.startsWith("@") ? handle.substring(1) : handle;
        var answer = http.send(authorised(baseUrl + "/api/v1/accounts/lookup?acct=" + enc(bare), token)
                .GET()
                .build());
        if (answer.status() == 404) {
            throw PublishFailure.permanent("Mastodon does not know @" + bare + ".", 404);
        }
        if (!answer.ok()) {
            throw http.failure(answer, "looking up @" + bare);
        }
        var id = answer.json().path("id").asString("");
        if (id.isEmpty()) {
            throw PublishFailure.transientFailure("Mastodon did not give an account id for @" + bare + ".", null, 200);
        }
        return id;
    }

    private String ownAccountId(String token) {
        var me = http.expect(
                        authorised(baseUrl + "/api/v1/accounts/verify_credentials", token)
                                .GET()
                                .build(),
                        "reading the account",
                        200)
                .json()
                .path("id")
                .asString("");
        if (me.isEmpty()) {
            throw PublishFailure.transientFailure(
                    "Mastodon did not say which account the token belongs to.", null, 200);
        }
        return me;
    }

    private HttpRequest.Builder authorised(String url, String token) {
        return http.request(url).header("Authorization", "Bearer " + token);
    }

    /** The next page's max_id from the Link header; the address itself is not followed, it may point anywhere. */
    static @Nullable String nextMaxId(HttpHeaders headers) {
        var next = NEXT_LINK.matcher(String.join(",", headers.allValues("link")));
        if (!next.find()) {
            return null;
        }
        var maxId = MAX_ID.matcher(next.group(1));
        return maxId.find() ? URLDecoder.decode(maxId.group(1), StandardCharsets.UTF_8) : null;
    }

    /** A status's HTML content as text: paragraphs and line breaks become spaces, entities decoded. */
    static String plainText(String html) {
        var text = html.replace("<br>", "\n").replace("<br />", "\n").replace("</p><p>", "\n\n");
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String comparable(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
