package app.safepost.publishing.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.TestPhotos;
import app.safepost.publishing.domain.RecordKeys;
import app.safepost.testing.BlueskyClient;
import app.safepost.testing.BlueskyClient.Answer;
import app.safepost.testing.BlueskyClient.Session;
import app.safepost.testing.TestBluesky;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake Bluesky, which the tests use for what the reference network cannot be made to do (429 with
 * reset headers, 5xx, slow answers), answers the same requests as the reference network does: the
 * same status and XRPC error name for each refusal, and no field the real answer lacks.
 */
class FakeBlueskyAgreesWithTheNetworkTest {

    static final TestBluesky.Network NETWORK = TestBluesky.network();
    static final FakeBluesky FAKE = new FakeBluesky();

    static {
        FAKE.follow("amara-mum.test", "Amara's mum");
    }

    /** One request, made as the school's account on either server. */
    record Exchange(String name, BiFunction<BlueskyClient, Session, Answer> call) {

        @Override
        public String toString() {
            return name;
        }
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    static Stream<Exchange> exchanges() {
        return Stream.of(
                new Exchange(
                        "signing in with a wrong password",
                        (client, session) -> client.post(
                                null,
                                "com.atproto.server.createSession",
                                json().put("identifier", session.handle()).put("password", "wrong"))),
                new Exchange(
                        "posting without signing in",
                        (client, session) -> client.post(
                                null,
                                "com.atproto.repo.createRecord",
                                create(session, RecordKeys.tid(Instant.now()), post("Hello")))),
                new Exchange(
                        "posting 301 characters",
                        (client, session) -> client.post(
                                session,
                                "com.atproto.repo.createRecord",
                                create(session, RecordKeys.tid(Instant.now()), post("a".repeat(301))))),
                new Exchange(
                        "posting 150 family emoji (750 code points, 150 graphemes)",
                        (client, session) -> client.post(
                                session,
                                "com.atproto.repo.createRecord",
                                create(session, RecordKeys.tid(Instant.now()), post("👨‍👩‍👧".repeat(150))))),
                new Exchange(
                        "posting under a record key that is not a timestamp id",
                        (client, session) -> client.post(
                                session,
                                "com.atproto.repo.createRecord",
                                create(session, "not a key!", post("Hello")))),
                new Exchange("posting again under a record key in use", (client, session) -> {
                    var body = create(session, RecordKeys.tid(Instant.now()), post("Once"));
                    client.post(session, "com.atproto.repo.createRecord", body).orFail();
                    return client.post(session, "com.atproto.repo.createRecord", body);
                }),
                new Exchange(
                        "reading a record that is not there",
                        (client, session) -> client.get(
                                session,
                                "com.atproto.repo.getRecord",
                                Map.of(
                                        "repo",
                                        session.did(),
                                        "collection",
                                        "app.bsky.feed.post",
                                        "rkey",
                                        RecordKeys.tid(Instant.now())))),
                new Exchange("posting a photo over the lexicon's 2,000,000 bytes", (client, session) -> {
                    var photo = TestPhotos.png(TestPhotos.detailed(1000, 800));
                    return client.post(
                            session,
                            "com.atproto.repo.createRecord",
                            create(
                                    session,
                                    RecordKeys.tid(Instant.now()),
                                    withImage(
                                            post("Too big"),
                                            client.upload(session, photo, "image/png")
                                                    .orFail()
                                                    .path("blob"))));
                }),
                new Exchange("posting a photo that was never uploaded", (client, session) -> {
                    var blob = client.upload(session, TestPhotos.jpeg(40, 30), "image/jpeg")
                            .orFail()
                            .path("blob")
                            .deepCopy();
                    ((ObjectNode) blob.path("ref"))
                            .put("$link", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
                    return client.post(
                            session,
                            "com.atproto.repo.createRecord",
                            create(session, RecordKeys.tid(Instant.now()), withImage(post("Lost"), blob)));
                }),
                new Exchange("posting a link facet whose address is not a URI", (client, session) -> {
                    var record = post("Our website");
                    var facet = record.putArray("facets").addObject();
                    facet.putObject("index").put("byteStart", 4).put("byteEnd", 11);
                    facet.putArray("features")
                            .addObject()
                            .put("$type", "app.bsky.richtext.facet#link")
                            .put("uri", "our website");
                    return client.post(
                            session,
                            "com.atproto.repo.createRecord",
                            create(session, RecordKeys.tid(Instant.now()), record));
                }),
                new Exchange(
                        "blocking a handle instead of a DID",
                        (client, session) -> client.post(
                                session,
                                "com.atproto.repo.createRecord",
                                json().put("repo", session.did())
                                        .put("collection", "app.bsky.graph.block")
                                        .set(
                                                "record",
                                                json().put("$type", "app.bsky.graph.block")
                                                        .put("subject", "rude.test")
                                                        .put(
                                                                "createdAt",
                                                                Instant.now().toString())))),
                new Exchange(
                        "looking up a handle nobody has",
                        (client, session) -> client.get(
                                session, "com.atproto.identity.resolveHandle", Map.of("handle", "nobody-here.test"))),
                new Exchange(
                        "uploading a photo",
                        (client, session) -> client.upload(session, TestPhotos.jpeg(40, 30), "image/jpeg")),
                new Exchange(
                        "posting",
                        (client, session) -> client.post(
                                session,
                                "com.atproto.repo.createRecord",
                                create(session, RecordKeys.tid(Instant.now()), post("Hello")))),
                new Exchange("reading a post back", (client, session) -> {
                    var rkey = RecordKeys.tid(Instant.now());
                    client.post(session, "com.atproto.repo.createRecord", create(session, rkey, post("Hello")))
                            .orFail();
                    return client.get(
                            session,
                            "com.atproto.repo.getRecord",
                            Map.of("repo", session.did(), "collection", "app.bsky.feed.post", "rkey", rkey));
                }),
                new Exchange(
                        "listing the followers",
                        (client, session) -> client.get(
                                session,
                                "app.bsky.graph.getFollowers",
                                Map.of("actor", session.did(), "limit", "100"))),
                new Exchange(
                        "listing the blocked accounts",
                        (client, session) -> client.get(session, "app.bsky.graph.getBlocks", Map.of("limit", "100"))),
                new Exchange(
                        "deleting a post",
                        (client, session) -> client.post(
                                session,
                                "com.atproto.repo.deleteRecord",
                                json().put("repo", session.did())
                                        .put("collection", "app.bsky.feed.post")
                                        .put("rkey", RecordKeys.tid(Instant.now())))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void the_fake_answers_as_the_reference_network_does(Exchange exchange) {
        var real = exchange.call()
                .apply(
                        new BlueskyClient(NETWORK.pds()),
                        new BlueskyClient(NETWORK.pds()).signIn(NETWORK.school().handle(), NETWORK.appPassword()));
        var fake = exchange.call()
                .apply(
                        new BlueskyClient(FAKE.baseUrl()),
                        new BlueskyClient(FAKE.baseUrl()).signIn("jgp-eagles.test", FakeBluesky.APP_PASSWORD));

        System.out.printf(
                "%s: network %d %s, fake %d %s%n", exchange, real.status(), real.json(), fake.status(), fake.json());
        assertThat(fake.status()).as("status").isEqualTo(real.status());
        assertThat(fake.error()).as("XRPC error").isEqualTo(real.error());
        assertThat(fields(fake.json(), "")).as("fields of the answer").isSubsetOf(fields(real.json(), ""));
    }

    /** Every field name in the answer, nested ones as paths, those of a list's entries as {@code list[].field}. */
    static List<String> fields(JsonNode json, String prefix) {
        var names = new TreeSet<String>();
        for (var entry : json.properties()) {
            names.add(prefix + entry.getKey());
            if (entry.getValue().isObject()) {
                names.addAll(fields(entry.getValue(), prefix + entry.getKey() + "."));
            }
            for (var element : entry.getValue().isArray() ? entry.getValue() : JsonNodeFactory.instance.arrayNode()) {
                names.addAll(fields(element, prefix + entry.getKey() + "[]."));
            }
        }
        return new ArrayList<>(names);
    }

    static ObjectNode json() {
        return BlueskyClient.JSON.createObjectNode();
    }

    static ObjectNode post(String text) {
        return json().put("$type", "app.bsky.feed.post")
                .put("text", text)
                .put("createdAt", Instant.now().toString());
    }

    static ObjectNode withImage(ObjectNode record, JsonNode blob) {
        record.putObject("embed")
                .put("$type", "app.bsky.embed.images")
                .putArray("images")
                .addObject()
                .put("alt", "A photo")
                .set("image", blob);
        return record;
    }

    static ObjectNode create(Session session, String rkey, ObjectNode record) {
        var body = json().put("repo", session.did())
                .put("collection", "app.bsky.feed.post")
                .put("rkey", rkey);
        body.set("record", record);
        return body;
    }
}
