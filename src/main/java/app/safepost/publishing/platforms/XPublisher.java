package app.safepost.publishing.platforms;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * X (API v2): photos through {@code POST /2/media/upload} with their alt text through
 * {@code POST /2/media/metadata}, the post through {@code POST /2/tweets}, deletion through
 * {@code DELETE /2/tweets/:id}. The credential is the account's OAuth 2.0 user access token.
 * X takes no idempotency key, so a post that may already be there is looked for among the account's
 * posts since it was scheduled, by its text (links aside: X rewrites them); X also refuses a post
 * whose text repeats one of the account's recent posts. When the plan's API tier refuses that look-up
 * (403 with X's "client-forbidden" problem, reason "client-not-enrolled"), {@link #find} throws
 * {@link CouldNotCheck}: the credential is fine, the portal just cannot see. X's followers lookup and blocking are not on
 * the school's API tier (X answers them 403 "client-not-enrolled"), so they are not called: the
 * register says to do them by hand in the X app.
 */
public final class XPublisher implements Publisher, PlatformFollowers {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final String baseUrl;
    private final PlatformHttp http;

    public XPublisher(String baseUrl, PlatformHttp http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    @Override
    public Sent publish(Outgoing post, String token) {
        var body = PlatformHttp.JSON.createObjectNode().put("text", post.text());
        if (!post.photos().isEmpty()) {
            var ids = body.putObject("media").putArray("media_ids");
            for (var photo : post.photos()) {
                ids.add(upload(photo, token));
            }
        }
        var answer = http.expect(
                http.request(baseUrl + "/2/tweets")
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(PlatformHttp.json(body))
                        .build(),
                "the post",
                200,
                201);
        var id = answer.json().path("data").path("id").asString("");
        if (id.isEmpty()) {
            throw PublishFailure.transientFailure("X answered without the post's id.", null, answer.status());
        }
        return new Sent(id, url(post, id));
    }

    private String upload(Outgoing.Photo photo, String token) {
        var form = new PlatformHttp.Multipart()
                .field("media_category", "tweet_image")
                .field("media_type", photo.contentType())
                .file("media", "photo", photo.contentType(), photo.bytes());
        var answer = http.expect(
                http.request(baseUrl + "/2/media/upload")
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", form.contentType())
                        .POST(form.publisher())
                        .build(),
                "a photo",
                200,
                201);
        var id = answer.json().path("data").path("id").asString("");
        if (id.isEmpty()) {
            throw PublishFailure.transientFailure("X answered the photo upload without an id.", null, answer.status());
        }
        if (!photo.altText().isBlank()) {
            var metadata = PlatformHttp.JSON.createObjectNode().put("id", id);
            metadata.putObject("metadata").putObject("alt_text").put("text", photo.altText());
            http.expect(
                    http.request(baseUrl + "/2/media/metadata")
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(PlatformHttp.json(metadata))
                            .build(),
                    "a photo's alt text",
                    200,
                    201);
        }
        return id;
    }

    @Override
    public Optional<Sent> find(Outgoing post, String token) {
        var me = lookUp(
                        http.request(baseUrl + "/2/users/me")
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        "reading the account")
                .json()
                .path("data")
                .path("id")
                .asString("");
        if (me.isEmpty()) {
            throw PublishFailure.transientFailure("X did not say which account the token belongs to.", null, 200);
        }
        var since = DateTimeFormatter.ISO_INSTANT.format(
                post.publishAt().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
        var timeline = lookUp(
                        http.request(baseUrl + "/2/users/" + me + "/tweets?max_results=100&start_time="
                                        + URLEncoder.encode(since, StandardCharsets.UTF_8))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        "reading the account's posts")
                .json()
                .path("data");
        var wanted = comparable(post.text());
        for (var tweet : timeline) {
            if (comparable(tweet.path("text").asString("")).equals(wanted)) {
                var id = tweet.path("id").asString();
                return Optional.of(new Sent(id, url(post, id)));
            }
        }
        return Optional.empty();
    }

    /** A look-up before a resend: refused by the plan's tier, it could not check; otherwise as any call. */
    private PlatformHttp.Answer lookUp(HttpRequest request, String doing) {
        var answer = http.send(request);
        if (answer.status() == 200) {
            return answer;
        }
        if (notOnPlan(answer)) {
            throw new CouldNotCheck("X's API plan does not let the portal read the account's posts (X answered 403 \""
                    + answer.json().path("reason").asString("client-forbidden") + "\"), so it could not check whether"
                    + " the post is already there. Look on X, then confirm it is there or send it again.");
        }
        throw http.failure(answer, doing);
    }

    /** X's problem for an endpoint the app's plan (tier) does not include; a bad token is 401 instead. */
    static boolean notOnPlan(PlatformHttp.Answer answer) {
        if (answer.status() != 403) {
            return false;
        }
        try {
            var problem = answer.json();
            var reason = problem.path("reason").asString("");
            return reason.equals("client-not-enrolled")
                    || reason.equals("user-not-enrolled")
                    || problem.path("type").asString("").endsWith("/2/problems/client-forbidden");
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    @Override
    public void delete(Outgoing post, String postId, String token) {
        http.expect(
                http.request(baseUrl + "/2/tweets/" + URLEncoder.encode(postId, StandardCharsets.UTF_8))
                        .header("Authorization", "Bearer " + token)
                        .DELETE()
                        .build(),
                "the deletion",
                200,
                404);
    }

    private static String url(Outgoing post, String id) {
        return "https://x.com/" + post.bareHandle() + "/status/" + id;
    }

    @Override
    public Page followers(String ownHandle, String token, @Nullable String cursor) {
        throw new NotOffered("X does not list followers on the school's API tier; add followers by hand.");
    }

    @Override
    public String block(String ownHandle, String token, String handle, @Nullable String platformId) {
        throw new NotOffered("X does not offer blocking on the school's API tier; block the account in the X app.");
    }

    @Override
    public boolean unblock(
            String ownHandle,
            String token,
            String handle,
            @Nullable String platformId,
            @Nullable String blockReference) {
        throw new NotOffered("X does not offer unblocking on the school's API tier; unblock the account in the X app.");
    }

    /** The text as X gives it back: links replaced by t.co links and a link per photo appended. */
    static String comparable(String text) {
        return LINK.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
