package app.safepost.moderation.domain;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.moderation.BlockOutcome;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Blocks sent to fake Mastodon and Bluesky servers on this machine, and to X, which cannot block. */
class LivePlatformBlockingTest {

    private static final AccountId MASTODON = new AccountId(UUID.randomUUID());
    private static final AccountId BLUESKY = new AccountId(UUID.randomUUID());
    private static final AccountId X = new AccountId(UUID.randomUUID());
    private static final AccountId NOT_CONNECTED = new AccountId(UUID.randomUUID());

    private HttpServer server;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile int blockStatus = 200;
    private LivePlatformBlocking blocking;

    @BeforeEach
    void startFakePlatforms() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/accounts/lookup", ex -> {
            record(ex);
            var query = ex.getRequestURI().getQuery();
            if (query.contains("nobody")) {
                answer(ex, 404, "{\"error\":\"Record not found\"}");
            } else {
                answer(ex, 200, "{\"id\":\"109\",\"acct\":\"troll@example.social\"}");
            }
        });
        server.createContext("/api/v1/accounts/109/block", ex -> {
            record(ex);
            answer(ex, blockStatus, "{\"id\":\"109\",\"blocking\":true}");
        });
        server.createContext("/xrpc/com.atproto.server.createSession", ex -> {
            record(ex);
            answer(ex, 200, "{\"accessJwt\":\"jwt-1\",\"did\":\"did:plc:school\"}");
        });
        server.createContext("/xrpc/com.atproto.identity.resolveHandle", ex -> {
            record(ex);
            answer(ex, 200, "{\"did\":\"did:plc:troll\"}");
        });
        server.createContext("/xrpc/com.atproto.repo.createRecord", ex -> {
            record(ex);
            answer(ex, blockStatus, "{\"uri\":\"at://did:plc:school/app.bsky.graph.block/3k\",\"cid\":\"x\"}");
        });
        server.start();
        var base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        var targets = Map.of(MASTODON, new LivePlatformBlocking.AccountTarget(Platform.MASTODON, "@school@example.social"),
                BLUESKY, new LivePlatformBlocking.AccountTarget(Platform.BLUESKY, "@jessegray.bsky.social"),
                X, new LivePlatformBlocking.AccountTarget(Platform.X, "@JesseGrayPrimary"),
                NOT_CONNECTED, new LivePlatformBlocking.AccountTarget(Platform.MASTODON, "@class3@example.social"));
        blocking = new LivePlatformBlocking(id -> Optional.ofNullable(targets.get(id)),
                id -> id.equals(NOT_CONNECTED) ? Optional.empty() : Optional.of("secret-token"), base, base,
                Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void record(HttpExchange ex) throws IOException {
        var body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.add(ex.getRequestMethod() + " " + ex.getRequestURI() + " " + ex.getRequestHeaders().getFirst("Authorization")
                + " " + body);
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Test
    void mastodon_looks_the_follower_up_then_blocks_them_with_the_held_token() {
        var result = blocking.block(MASTODON, "@troll@example.social");

        assertThat(result.outcome()).isEqualTo(BlockOutcome.BLOCKED);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).startsWith("GET /api/v1/accounts/lookup?acct=troll%40example.social Bearer secret-token");
        assertThat(calls.get(1)).startsWith("POST /api/v1/accounts/109/block Bearer secret-token");
    }

    @Test
    void bluesky_opens_a_session_and_creates_a_block_record_for_the_followers_did() {
        var result = blocking.block(BLUESKY, "troll.bsky.social");

        assertThat(result.outcome()).isEqualTo(BlockOutcome.BLOCKED);
        assertThat(calls.get(0)).contains("createSession").contains("\"identifier\":\"jessegray.bsky.social\"")
                .contains("\"password\":\"secret-token\"");
        assertThat(calls.get(1)).contains("resolveHandle?handle=troll.bsky.social");
        assertThat(calls.get(2)).startsWith("POST /xrpc/com.atproto.repo.createRecord Bearer jwt-1")
                .contains("\"collection\":\"app.bsky.graph.block\"").contains("\"subject\":\"did:plc:troll\"")
                .contains("\"repo\":\"did:plc:school\"");
    }

    @Test
    void x_cannot_block_on_the_schools_tier_so_the_block_is_manual_and_nothing_is_called() {
        var result = blocking.block(X, "@troll");

        assertThat(result.outcome()).isEqualTo(BlockOutcome.MANUAL);
        assertThat(calls).isEmpty();
    }

    @Test
    void a_server_without_the_block_endpoint_is_recorded_as_manual() {
        blockStatus = 501;

        assertThat(blocking.block(MASTODON, "troll@example.social").outcome()).isEqualTo(BlockOutcome.MANUAL);
        assertThat(blocking.block(BLUESKY, "troll.bsky.social").outcome()).isEqualTo(BlockOutcome.MANUAL);
    }

    @Test
    void a_refusal_an_unknown_handle_a_missing_credential_or_a_dead_server_fail_without_throwing() {
        blockStatus = 403;
        assertThat(blocking.block(MASTODON, "troll@example.social").outcome()).isEqualTo(BlockOutcome.FAILED);
        assertThat(blocking.block(MASTODON, "nobody@example.social").detail()).contains("does not know");
        assertThat(blocking.block(NOT_CONNECTED, "troll").detail()).contains("not connected");
        server.stop(0);
        assertThat(blocking.block(MASTODON, "troll@example.social").outcome()).isEqualTo(BlockOutcome.FAILED);
    }
}
