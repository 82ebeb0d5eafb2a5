package app.safepost.publishing.platforms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's API v2 as far as publishing uses it: {@code POST /2/media/upload}, {@code POST /2/media/metadata},
 * {@code POST /2/tweets} (a photo's post comes back with a t.co link appended, a duplicate text is
 * refused with 403), {@code GET /2/users/me}, {@code GET /2/users/:id/tweets},
 * {@code DELETE /2/tweets/:id}, with X's problem bodies and x-rate-limit headers. Followers lookup and
 * blocking answer 403 "client-not-enrolled", as X does on the basic tier the school uses; so does the
 * account's timeline once {@link #timelineNotOnPlan()} is called, as on a plan without it.
 */
public class FakeX extends FakePlatform {

    public static final String TOKEN = "x-user-token";
    private static final String USER_ID = "1500000001";

    /** A post X holds. */
    public record Tweet(String id, String text, List<String> mediaIds, boolean deleted) {}

    private final Map<String, Tweet> tweets = new LinkedHashMap<>();
    private final Map<String, String> altTexts = new ConcurrentHashMap<>();
    private boolean timelineOnPlan = true;

    /** From now on X refuses the account's timeline as a plan without it does. */
    public synchronized void timelineNotOnPlan() {
        timelineOnPlan = false;
    }

    @Override
    protected synchronized void forget() {
        timelineOnPlan = true;
    }

    @Override
    protected synchronized Reply route(Request request) {
        if (!("Bearer " + TOKEN).equals(request.header("authorization"))) {
            return Reply.json(
                    401,
                    object().put("title", "Unauthorized")
                            .put("type", "about:blank")
                            .put("status", 401)
                            .put("detail", "Unauthorized"));
        }
        var path = request.path();
        if (request.method().equals("POST") && path.equals("/2/media/upload")) {
            var parts = request.parts();
            if (!parts.containsKey("media")
                    || !"tweet_image".equals(parts.get("media_category").text())) {
                return invalid("media is required");
            }
            var id = String.valueOf(ids.incrementAndGet());
            var body = object();
            body.putObject("data")
                    .put("id", id)
                    .put("media_key", "3_" + id)
                    .put("size", parts.get("media").bytes().length)
                    .put("expires_after_secs", 86400)
                    .putObject("image")
                    .put("image_type", parts.get("media").contentType());
            return Reply.json(200, body);
        }
        if (request.method().equals("POST") && path.equals("/2/media/metadata")) {
            var json = request.json();
            altTexts.put(
                    json.path("id").asString(),
                    json.path("metadata").path("alt_text").path("text").asString());
            var body = object();
            body.putObject("data")
                    .put("id", json.path("id").asString())
                    .set("associated_metadata", json.path("metadata"));
            return Reply.json(200, body);
        }
        if (request.method().equals("POST") && path.equals("/2/tweets")) {
            return scriptedOr(() -> create(request));
        }
        if (request.method().equals("GET") && path.equals("/2/users/me")) {
            var body = object();
            body.putObject("data")
                    .put("id", USER_ID)
                    .put("name", "Jesse Gray Primary")
                    .put("username", "JGP");
            return Reply.json(200, body);
        }
        if (request.method().equals("GET") && path.equals("/2/users/" + USER_ID + "/tweets")) {
            if (!timelineOnPlan) {
                return notEnrolled();
            }
            var body = object();
            var data = body.putArray("data");
            var live = new ArrayList<>(tweets.values())
                    .reversed().stream().filter(t -> !t.deleted()).toList();
            live.stream()
                    .limit(Integer.parseInt(request.query().getOrDefault("max_results", "10")))
                    .forEach(t -> data.addObject()
                            .put("id", t.id())
                            .put("text", t.text())
                            .putArray("edit_history_tweet_ids")
                            .add(t.id()));
            body.putObject("meta").put("result_count", data.size());
            return Reply.json(200, body);
        }
        if (path.matches("/2/users/[^/]+/(followers|blocking)(/.*)?")) {
            return notEnrolled();
        }
        if (request.method().equals("DELETE") && path.startsWith("/2/tweets/")) {
            var id = path.substring("/2/tweets/".length());
            var tweet = tweets.get(id);
            if (tweet == null) {
                return Reply.json(
                        404,
                        object().put("title", "Not Found Error")
                                .put("detail", "Could not find tweet with id: [" + id + "].")
                                .put("type", "https://api.twitter.com/2/problems/resource-not-found")
                                .put("status", 404));
            }
            tweets.put(id, new Tweet(id, tweet.text(), tweet.mediaIds(), true));
            var body = object();
            body.putObject("data").put("deleted", true);
            return Reply.json(200, body);
        }
        return Reply.json(
                404, object().put("title", "Not Found").put("status", 404).put("detail", path));
    }

    /** X's problem for an endpoint the app's plan does not include. */
    private static Reply notEnrolled() {
        return Reply.json(
                403,
                object().put("client_id", "30000001")
                        .put("title", "Client Forbidden")
                        .put("reason", "client-not-enrolled")
                        .put("required_enrollment", "Appropriate Level of API Access")
                        .put("registration_url", "https://developer.x.com/en/portal/product")
                        .put(
                                "detail",
                                "When authenticating requests to the Twitter API v2 endpoints, you must use keys and"
                                        + " tokens from a Twitter developer App that is attached to a Project.")
                        .put("type", "https://api.twitter.com/2/problems/client-forbidden"));
    }

    private Reply create(Request request) {
        var json = request.json();
        var text = json.path("text").asString("");
        if (text.isBlank() || text.codePointCount(0, text.length()) > 280) {
            return invalid("text must be 1 to 280 characters");
        }
        var media = new ArrayList<String>();
        json.path("media").path("media_ids").forEach(m -> media.add(m.asString()));
        var stored = media.isEmpty() ? text : text + " https://t.co/" + Integer.toHexString(text.hashCode());
        if (tweets.values().stream().anyMatch(t -> !t.deleted() && t.text().equals(stored))) {
            return Reply.json(
                    403,
                    object().put("detail", "You are not allowed to create a Tweet with duplicate content.")
                            .put("type", "about:blank")
                            .put("title", "Forbidden")
                            .put("status", 403));
        }
        var id = String.valueOf(1_800_000_000_000_000_000L + ids.incrementAndGet());
        tweets.put(id, new Tweet(id, stored, media, false));
        var body = object();
        body.putObject("data")
                .put("id", id)
                .put("text", stored)
                .putArray("edit_history_tweet_ids")
                .add(id);
        return Reply.json(201, body);
    }

    private static Reply invalid(String message) {
        var body = object().put("title", "Invalid Request")
                .put("detail", "One or more parameters to your request was invalid.")
                .put("type", "https://api.twitter.com/2/problems/invalid-request");
        body.putArray("errors").addObject().put("message", message);
        return Reply.json(400, body);
    }

    /** X's answer when the rate limit is spent until {@code reset}. */
    public static Reply rateLimited(Instant reset) {
        return Reply.json(
                        429,
                        object().put("title", "Too Many Requests")
                                .put("detail", "Too Many Requests")
                                .put("type", "about:blank")
                                .put("status", 429))
                .withHeaders(Map.of(
                        "x-rate-limit-limit",
                        "100",
                        "x-rate-limit-remaining",
                        "0",
                        "x-rate-limit-reset",
                        String.valueOf(reset.getEpochSecond())));
    }

    public static Reply unavailable() {
        return Reply.json(
                503,
                object().put("title", "Service Unavailable")
                        .put("detail", "Service Unavailable")
                        .put("type", "about:blank")
                        .put("status", 503));
    }

    public synchronized List<Tweet> tweets() {
        return List.copyOf(tweets.values());
    }

    public String altTextOf(String mediaId) {
        return altTexts.get(mediaId);
    }
}
