package app.safepost.publishing.platforms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mastodon: photos with their alt text through {@code POST /api/v2/media}, the post through
 * {@code POST /api/v1/statuses} with the entry's {@code Idempotency-Key} (the server returns the
 * status it already made for that key, for an hour), deletion through {@code DELETE
 * /api/v1/statuses/:id}. The credential is the account's access token. A post that may already be
 * there is looked for among the account's statuses since it was scheduled, by its text.
 */
public final class MastodonPublisher implements Publisher {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final int MEDIA_POLLS = 10;

    private final String baseUrl;
    private final PlatformHttp http;

    public MastodonPublisher(String baseUrl, PlatformHttp http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    @Override
    public Sent publish(Outgoing post, String token) {
        var body = PlatformHttp.JSON.createObjectNode().put("status", post.text()).put("visibility", "public")
                .put("language", "en");
        if (!post.photos().isEmpty()) {
            var ids = body.putArray("media_ids");
            for (var photo : post.photos()) {
                ids.add(upload(photo, token));
            }
        }
        var answer = http.expect(http.request(baseUrl + "/api/v1/statuses").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", post.idempotencyKey()).header("Content-Type", "application/json")
                .POST(PlatformHttp.json(body)).build(), "the post", 200);
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
        var answer = http.expect(http.request(baseUrl + "/api/v2/media").header("Authorization", "Bearer " + token)
                .header("Content-Type", form.contentType()).POST(form.publisher()).build(), "a photo", 200, 202);
        var id = answer.json().path("id").asString("");
        if (id.isEmpty()) {
            throw PublishFailure.transientFailure("Mastodon answered the photo upload without an id.", null, answer.status());
        }
        // 202: still processing; a status can attach it only once its url is there.
        var status = answer.status();
        for (int poll = 0; status == 202 && poll < MEDIA_POLLS; poll++) {
            pause();
            var check = http.expect(http.request(baseUrl + "/api/v1/media/" + enc(id)).header("Authorization", "Bearer " + token)
                    .GET().build(), "reading a photo", 200, 206);
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
        var me = http.expect(http.request(baseUrl + "/api/v1/accounts/verify_credentials")
                .header("Authorization", "Bearer " + token).GET().build(), "reading the account", 200)
                .json().path("id").asString("");
        if (me.isEmpty()) {
            throw PublishFailure.transientFailure("Mastodon did not say which account the token belongs to.", null, 200);
        }
        var statuses = http.expect(http.request(baseUrl + "/api/v1/accounts/" + enc(me) + "/statuses?limit=40")
                .header("Authorization", "Bearer " + token).GET().build(), "reading the account's posts", 200).json();
        var wanted = comparable(post.text());
        for (var status : statuses) {
            var created = status.path("created_at").asString("");
            if (!created.isEmpty() && Instant.parse(created).isBefore(post.publishAt().minusSeconds(60))) {
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
        http.expect(http.request(baseUrl + "/api/v1/statuses/" + enc(postId)).header("Authorization", "Bearer " + token)
                .DELETE().build(), "the deletion", 200, 404);
    }

    /** A status's HTML content as text: paragraphs and line breaks become spaces, entities decoded. */
    static String plainText(String html) {
        var text = html.replace("<br>", "\n").replace("<br />", "\n").replace("</p><p>", "\n\n");
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String comparable(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
