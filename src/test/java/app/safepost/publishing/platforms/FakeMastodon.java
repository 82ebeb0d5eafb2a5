package app.safepost.publishing.platforms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Mastodon server as far as publishing uses it: {@code POST /api/v2/media} (file and description),
 * {@code POST /api/v1/statuses} honouring {@code Idempotency-Key}, {@code GET
 * /api/v1/accounts/verify_credentials}, {@code GET /api/v1/accounts/:id/statuses},
 * {@code DELETE /api/v1/statuses/:id}; the school account's followers ({@code GET
 * /api/v1/accounts/:id/followers}, newest follow first, paged by {@code max_id} in the {@code Link}
 * header), {@code GET /api/v1/accounts/lookup}, {@code POST /api/v1/accounts/:id/block} and
 * {@code /unblock} (a block ends the follow); errors as {@code {"error": …}}, X-RateLimit-* headers.
 */
public class FakeMastodon extends FakePlatform {

    public static final String TOKEN = "mastodon-access-token";
    private static final String ACCOUNT_ID = "109384000000000001";

    /** An account the server knows. */
    public record Account(String id, String acct, String displayName) {}

    private record Follow(long id, Account account) {}

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final List<Follow> follows = new ArrayList<>();
    private final Set<String> blocked = new LinkedHashSet<>();
    private long followIds = 500;
    private int pageMaximum = 80;
    private boolean blocking = true;

    private final Map<String, ObjectNode> statuses = new LinkedHashMap<>();
    private final Map<String, String> byIdempotencyKey = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private Instant now = Instant.now();

    /** The server's clock, for the statuses' created_at. */
    public synchronized void setNow(Instant now) {
        this.now = now;
    }

    @Override
    protected synchronized void forget() {
        accounts.clear();
        follows.clear();
        blocked.clear();
        pageMaximum = 80;
        blocking = true;
    }

    /** Someone starts following the school's account (known to the server from then on). */
    public synchronized Account follow(String acct, String displayName) {
        var account = accounts.computeIfAbsent(
                acct,
                a -> new Account(String.valueOf(110_000_000_000_000_000L + ids.incrementAndGet()), a, displayName));
        follows.add(new Follow(++followIds, account));
        return account;
    }

    public synchronized void unfollow(String acct) {
        follows.removeIf(f -> f.account().acct().equals(acct));
    }

    /** The follower changes the name they show. */
    public synchronized void showName(String acct, String displayName) {
        var renamed = new Account(accounts.get(acct).id(), acct, displayName);
        accounts.put(acct, renamed);
        follows.replaceAll(f -> f.account().acct().equals(acct) ? new Follow(f.id(), renamed) : f);
    }

    /** At most this many followers a page, whatever the client asks for (the real server: 80). */
    public synchronized void pageMaximum(int most) {
        pageMaximum = most;
    }

    /** A server (a Mastodon-compatible one) without the block and unblock endpoints. */
    public synchronized void withoutBlocking() {
        blocking = false;
    }

    /** The handles the school's account blocks. */
    public synchronized Set<String> blocked() {
        var handles = new LinkedHashSet<String>();
        accounts.values().stream().filter(a -> blocked.contains(a.id())).forEach(a -> handles.add(a.acct()));
        return handles;
    }

    public synchronized List<String> followers() {
        return follows.stream().map(f -> f.account().acct()).toList();
    }

    @Override
    protected synchronized Reply route(Request request) {
        if (!("Bearer " + TOKEN).equals(request.header("authorization"))) {
            return error(401, "The access token is invalid");
        }
        var path = request.path();
        if (request.method().equals("GET") && path.equals("/api/v1/accounts/" + ACCOUNT_ID + "/followers")) {
            return followerScriptedOr(() -> followersPage(request));
        }
        if (request.method().equals("GET") && path.equals("/api/v1/accounts/lookup")) {
            return followerScriptedOr(() -> {
                var account = accounts.get(request.query().getOrDefault("acct", ""));
                return account == null ? error(404, "Record not found") : Reply.json(200, json(account));
            });
        }
        if (request.method().equals("POST") && path.matches("/api/v1/accounts/[^/]+/(un)?block")) {
            return followerScriptedOr(() -> relationship(path));
        }
        if (request.method().equals("POST") && path.equals("/api/v2/media")) {
            var parts = request.parts();
            if (!parts.containsKey("file")) {
                return error(422, "Validation failed: File can't be blank");
            }
            var id = String.valueOf(ids.incrementAndGet());
            var description =
                    parts.containsKey("description") ? parts.get("description").text() : null;
            descriptions.put(id, description);
            return Reply.json(
                    200,
                    object().put("id", id)
                            .put("type", "image")
                            .put("url", "https://files.mastodon.example/media/" + id + ".jpg")
                            .put("description", description));
        }
        if (request.method().equals("POST") && path.equals("/api/v1/statuses")) {
            var key = request.header("idempotency-key");
            if (!key.isEmpty() && byIdempotencyKey.containsKey(key)) {
                return Reply.json(200, statuses.get(byIdempotencyKey.get(key)));
            }
            return scriptedOr(() -> create(request, key));
        }
        if (request.method().equals("GET") && path.equals("/api/v1/accounts/verify_credentials")) {
            return Reply.json(
                    200,
                    object().put("id", ACCOUNT_ID).put("username", "JGP_Eagles").put("acct", "JGP_Eagles"));
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

    private Reply followersPage(Request request) {
        var limit = Math.min(Math.min(Integer.parseInt(request.query().getOrDefault("limit", "40")), 80), pageMaximum);
        var maxId = request.query().containsKey("max_id")
                ? Long.parseLong(request.query().get("max_id"))
                : Long.MAX_VALUE;
        var newestFirst =
                follows.reversed().stream().filter(f -> f.id() < maxId).toList();
        var page = newestFirst.stream().limit(limit).toList();
        var list = JSON.createArrayNode();
        page.forEach(f -> list.add(json(f.account())));
        var reply = Reply.json(200, list);
        if (newestFirst.size() > page.size()) {
            var self = baseUrl() + "/api/v1/accounts/" + ACCOUNT_ID + "/followers?limit=" + limit;
            reply = reply.withHeaders(Map.of(
                    "Link",
                    "<" + self + "&max_id=" + page.getLast().id() + ">; rel=\"next\", <" + self + "&since_id="
                            + page.getFirst().id() + ">; rel=\"prev\""));
        }
        return reply;
    }

    private Reply relationship(String path) {
        if (!blocking) {
            return Reply.json(
                    404, "<!DOCTYPE html><html><body>The page you were looking for doesn't exist.</body></html>");
        }
        var id = path.substring("/api/v1/accounts/".length(), path.lastIndexOf('/'));
        var account = accounts.values().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElse(null);
        if (account == null) {
            return error(404, "Record not found");
        }
        var block = path.endsWith("/block");
        if (block) {
            blocked.add(id);
            follows.removeIf(f -> f.account().id().equals(id));
        } else {
            blocked.remove(id);
        }
        return Reply.json(
                200,
                object().put("id", id)
                        .put("following", false)
                        .put("followed_by", false)
                        .put("blocking", block)
                        .put("blocked_by", false)
                        .put("muting", false));
    }

    private static ObjectNode json(Account account) {
        var at = account.acct().indexOf('@');
        return object().put("id", account.id())
                .put("username", at < 0 ? account.acct() : account.acct().substring(0, at))
                .put("acct", account.acct())
                .put("display_name", account.displayName())
                .put("url", "https://mastodon.example/@" + account.acct());
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
        var status = object().put("id", id)
                .put("created_at", now.toString())
                .put(
                        "content",
                        "<p>"
                                + text.replace("&", "&amp;")
                                        .replace("<", "&lt;")
                                        .replace(">", "&gt;")
                                        .replace("\n\n", "</p><p>")
                                        .replace("\n", "<br>")
                                + "</p>")
                .put("url", "https://mastodon.example/@JGP_Eagles/" + id)
                .put("uri", "https://mastodon.example/users/JGP_Eagles/statuses/" + id)
                .put("visibility", json.path("visibility").asString("public"));
        var media = status.putArray("media_attachments");
        json.path("media_ids")
                .forEach(m -> media.addObject()
                        .put("id", m.asString())
                        .put("type", "image")
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
        return error(429, "Too many requests")
                .withHeaders(Map.of(
                        "X-RateLimit-Limit",
                        "300",
                        "X-RateLimit-Remaining",
                        "0",
                        "X-RateLimit-Reset",
                        reset.toString()));
    }

    public static Reply serverError() {
        return error(500, "We're sorry, but something went wrong on our end.");
    }

    public synchronized List<ObjectNode> statuses() {
        return List.copyOf(statuses.values());
    }
}
