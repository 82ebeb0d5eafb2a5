package app.safepost.moderation.domain;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.moderation.BlockOutcome;
import app.safepost.moderation.BlockResult;
import app.safepost.moderation.PlatformBlocking;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Blocks through the platforms' own APIs, signed with the account's held credential:
 * Mastodon {@code POST /api/v1/accounts/:id/block} (the follower's id looked up first), Bluesky a
 * {@code app.bsky.graph.block} record created in the school's repository (after a session from the app
 * password), and X, whose basic API tier offers no blocking, answered as {@link BlockOutcome#MANUAL}.
 */
public class LivePlatformBlocking implements PlatformBlocking {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Function<AccountId, Optional<AccountTarget>> accounts;
    private final Function<AccountId, Optional<String>> secrets;
    private final URI mastodon;
    private final URI bluesky;
    private final HttpClient http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    /** The school's account as a block needs it: its platform and its own handle there. */
    public record AccountTarget(Platform platform, String handle) {
    }

    public LivePlatformBlocking(Function<AccountId, Optional<AccountTarget>> accounts,
                                Function<AccountId, Optional<String>> secrets, URI mastodon, URI bluesky, Clock clock) {
        this.accounts = accounts;
        this.secrets = secrets;
        this.mastodon = mastodon;
        this.bluesky = bluesky;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public BlockResult block(AccountId account, String handle) {
        var target = accounts.apply(account);
        if (target.isEmpty()) {
            return new BlockResult(BlockOutcome.FAILED, "No such account.");
        }
        if (target.get().platform() == Platform.X) {
            return new BlockResult(BlockOutcome.MANUAL,
                    "X does not offer blocking on the school's API tier; block the account in the X app.");
        }
        var secret = secrets.apply(account);
        if (secret.isEmpty()) {
            return new BlockResult(BlockOutcome.FAILED, "The account is not connected; connect it, or block by hand.");
        }
        var who = Follower.normaliseHandle(handle);
        try {
            return switch (target.get().platform()) {
                case MASTODON -> mastodon(who, secret.get());
                case BLUESKY -> bluesky(Follower.normaliseHandle(target.get().handle()), who, secret.get());
                case X -> throw new IllegalStateException();
            };
        } catch (IOException | RuntimeException e) {
            return new BlockResult(BlockOutcome.FAILED, "The platform did not answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BlockResult(BlockOutcome.FAILED, "Interrupted while calling the platform.");
        }
    }

    private BlockResult mastodon(String handle, String token) throws IOException, InterruptedException {
        var lookup = send(HttpRequest.newBuilder(mastodon.resolve("/api/v1/accounts/lookup?acct=" + encode(handle)))
                .header("Authorization", "Bearer " + token).GET());
        if (lookup.statusCode() == 404) {
            return new BlockResult(BlockOutcome.FAILED, "Mastodon does not know @" + handle + ".");
        }
        if (lookup.statusCode() != 200) {
            return failed("Mastodon", lookup);
        }
        var id = json.readTree(lookup.body()).path("id").asString("");
        if (id.isBlank()) {
            return new BlockResult(BlockOutcome.FAILED, "Mastodon did not give an account id for @" + handle + ".");
        }
        var block = send(HttpRequest.newBuilder(mastodon.resolve("/api/v1/accounts/" + encode(id) + "/block"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        if (block.statusCode() == 200) {
            return new BlockResult(BlockOutcome.BLOCKED, "Blocked on Mastodon (account " + id + ").");
        }
        if (block.statusCode() == 404 || block.statusCode() == 501) {
            return new BlockResult(BlockOutcome.MANUAL, "This Mastodon server does not offer blocking through its API;"
                    + " block the account by hand.");
        }
        return failed("Mastodon", block);
    }

    private BlockResult bluesky(String ownHandle, String handle, String appPassword)
            throws IOException, InterruptedException {
        var session = send(post(bluesky.resolve("/xrpc/com.atproto.server.createSession"), null,
                Map.of("identifier", ownHandle, "password", appPassword)));
        if (session.statusCode() != 200) {
            return failed("Bluesky", session);
        }
        var sessionJson = json.readTree(session.body());
        var jwt = sessionJson.path("accessJwt").asString("");
        var did = sessionJson.path("did").asString("");
        var resolved = send(HttpRequest.newBuilder(bluesky.resolve("/xrpc/com.atproto.identity.resolveHandle?handle="
                + encode(handle))).header("Authorization", "Bearer " + jwt).GET());
        if (resolved.statusCode() != 200) {
            return resolved.statusCode() == 400
                    ? new BlockResult(BlockOutcome.FAILED, "Bluesky does not know @" + handle + ".")
                    : failed("Bluesky", resolved);
        }
        var subject = json.readTree(resolved.body()).path("did").asString("");
        var record = Map.of("$type", "app.bsky.graph.block", "subject", subject,
                "createdAt", clock.instant().toString());
        var created = send(post(bluesky.resolve("/xrpc/com.atproto.repo.createRecord"), jwt,
                Map.of("repo", did, "collection", "app.bsky.graph.block", "record", record)));
        if (created.statusCode() == 200) {
            JsonNode body = json.readTree(created.body());
            return new BlockResult(BlockOutcome.BLOCKED, "Blocked on Bluesky (" + body.path("uri").asString("") + ").");
        }
        if (created.statusCode() == 501) {
            return new BlockResult(BlockOutcome.MANUAL, "This Bluesky server does not accept block records;"
                    + " block the account by hand.");
        }
        return failed("Bluesky", created);
    }

    private HttpRequest.Builder post(URI uri, String bearer, Object body) {
        var builder = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static BlockResult failed(String platform, HttpResponse<String> response) {
        return new BlockResult(BlockOutcome.FAILED, platform + " answered " + response.statusCode() + ".");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
