package app.safepost.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Gatling steps that speak Vaadin Flow's protocol through a {@link VaadinUi}: open the portal (the
 * bootstrap page and the init request), UIDL round trips, and a photo upload. Each UIDL request is
 * one "UI round trip" in the report, named by its step. An answer with a Vaadin error, an expired
 * session or one of the portal's error notices fails its request, so errors are counted.
 */
final class Vaadin {

    static final String UI = "ui";
    /** Screen size and time zone as a laptop in school reports them; the server only stores them. */
    private static final String BROWSER = "&v-sh=900&v-sw=1440&v-wh=800&v-ww=1440&v-bh=800&v-bw=1440"
            + "&v-curdate=1796218453694&v-tzo=0&v-dstd=60&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon"
            + "&v-wn=v-load&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
            + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    private Vaadin() {}

    static VaadinUi ui(Session session) {
        return (VaadinUi) session.get(UI);
    }

    /** The init request of a fresh UI (the bootstrap page was the last page loaded). */
    static ChainBuilder init(String step, String location) {
        return exec(session -> session.set(UI, new VaadinUi()))
                .exec(http(step)
                        .get("/?v-r=init&location=" + location + "&query=" + BROWSER)
                        .check(
                                status().is(200),
                                bodyString()
                                        .transformWithSession(
                                                (body, session) -> ui(session).init(body))
                                        .is("ok")));
    }

    /** One UIDL round trip with these calls. */
    static ChainBuilder uidl(String step, Function<VaadinUi, List<Map<String, Object>>> rpc) {
        return uidl(step, null, (ui, session) -> rpc.apply(ui));
    }

    /**
     * One UIDL round trip with these calls, whose answer must contain {@code expected} (when not null):
     * what the screen shows when the step did what it should.
     */
    static ChainBuilder uidl(
            String step, String expected, BiFunction<VaadinUi, Session, List<Map<String, Object>>> rpc) {
        return uidl(step, expected, rpc, null, null);
    }

    /**
     * One UIDL round trip that notes in the session attribute {@code seen} whether its answer shows
     * {@code marker}, without requiring it: a poll that may or may not bring the news.
     */
    static ChainBuilder uidlSeeing(
            String step, String marker, String seen, BiFunction<VaadinUi, Session, List<Map<String, Object>>> rpc) {
        return uidl(step, null, rpc, marker, seen);
    }

    private static ChainBuilder uidl(
            String step,
            String expected,
            BiFunction<VaadinUi, Session, List<Map<String, Object>>> rpc,
            String marker,
            String seen) {
        var answer = bodyString().transformWithSession((body, session) -> {
            try {
                var verdict = ui(session).answer(body);
                if (verdict.equals("ok") && expected != null && !body.contains(expected)) {
                    verdict = "the answer lacks \"" + expected + "\"";
                }
                if (!verdict.equals("ok")) {
                    Failures.keep(step, verdict, body);
                }
                return verdict;
            } catch (RuntimeException e) {
                Failures.keep(step, e.toString(), body);
                return "cannot read the answer: " + e;
            }
        });
        var request = http(step)
                .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> ui(session).request(rpc.apply(ui(session), session))));
        request = marker == null
                ? request.check(status().is(200), answer.is("ok"))
                : request.check(
                        status().is(200),
                        answer.is("ok"),
                        bodyString().transform(body -> body.contains(marker)).saveAs(seen));
        // A tab Vaadin has given up on sends nothing more until it is loaded again (StaffJourneys#reloadIfBroken).
        return doIf(session -> !ui(session).broken()).then(exec(request));
    }

    /**
     * A photo chosen in the upload: the upload tells the server it starts, sends the file to the
     * upload's own address (raw body, as vaadin-upload does by default), then reports success, whose
     * answer carries the photo's part of the editor.
     */
    static ChainBuilder upload(String step, String componentId, String fileName, byte[] jpeg) {
        return uidl(step + " (start)", ui -> List.of(VaadinUi.event(ui.node(componentId), "upload-start", Map.of())))
                .doIf(session -> !ui(session).broken())
                .then(exec(http(step + " (file)")
                        .post(session -> "/" + ui(session).uploadTarget(componentId))
                        .header("Content-Type", "image/jpeg")
                        .header("X-Filename", fileName)
                        .body(ByteArrayBody(jpeg))
                        .check(status().is(200))))
                .exec(uidl(
                        step + " (done)",
                        ui -> List.of(VaadinUi.event(
                                ui.node(componentId),
                                "upload-success",
                                Map.of("element.files.some(file => file.uploading)", false)))));
    }
}
