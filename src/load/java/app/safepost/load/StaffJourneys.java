package app.safepost.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What staff do in the portal, as Gatling scenarios over {@link Vaadin}'s protocol steps: sign in on
 * Keycloak and land on the dashboard; then, until the run ends, teachers and teaching assistants write
 * a post (open the editor, type it in four goes, each a live check, attach a photo, submit), SLT open
 * the review queue and approve a submitted post, governors page through the audit trail, and the office
 * opens the pupil roster; with pauses a person takes between steps.
 */
final class StaffJourneys {

    /** The post typed in the editor, as it stands after each of the four goes (each passes the checks). */
    static final List<String> TYPED = List.of(
            "Our class measured",
            "Our class measured friction today",
            "Our class measured friction today with toy cars on ramps.",
            "Our class measured friction today with toy cars on ramps. Great teamwork! #JGPLearning");

    /** A person gives up waiting for the photo's analysis after two minutes; the submit then fails. */
    static final int ANALYSIS_POLLS = 120;

    static final String PHOTO_REASON = "Taken on the visiting photographer's camera for our science week.";

    private StaffJourneys() {}

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(LoadRun.base)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 "
                        + "Safari/537.36 SafepostLoad/1");
    }

    /** Each session is one of the people, in turn: with more sessions than people, some have two (laptop and iPad). */
    static List<Map<String, Object>> sessions(int count) {
        var records = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < count; i++) {
            var person = LoadRun.people.get(i % LoadRun.people.size());
            records.add(Map.of("username", person.username(), "password", person.password(), "role", person.role()));
        }
        return records;
    }

    /** Sign in on Keycloak's own page, land on the portal's bootstrap page, and open the dashboard. */
    static ChainBuilder signIn() {
        return exec(http("sign in: Keycloak's page")
                        .get("/oauth2/authorization/keycloak")
                        .check(status().is(200), css("#kc-form-login", "action").saveAs("signInAction")))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(4))
                .exec(http("sign in: send the password")
                        .post("#{signInAction}")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("credentialId", "")
                        .check(status().is(200), substring("window.Vaadin").exists()))
                .exec(Vaadin.init("dashboard: init", ""))
                .exec(Vaadin.uidl("dashboard: open", "Home · Safepost", (ui, session) -> List.of(ui.navigate("/"))));
    }

    /** What a person does when the screen says it must be reloaded: load the page again, a fresh UI. */
    static ChainBuilder reloadIfBroken() {
        return doIf(session ->
                        !session.contains(Vaadin.UI) || Vaadin.ui(session).broken())
                .then(exec(http("reload: the page")
                                .get("/")
                                .check(
                                        status().is(200),
                                        substring("window.Vaadin").exists()))
                        .exec(Vaadin.init("reload: init", ""))
                        .exec(Vaadin.uidl(
                                "dashboard: open", "Home · Safepost", (ui, session) -> List.of(ui.navigate("/")))));
    }

    static ChainBuilder dashboard() {
        return Vaadin.uidl("dashboard: open", "Home · Safepost", (ui, session) -> List.of(ui.navigate("")));
    }

    static ChainBuilder writeAPost() {
        var chain = exec(Vaadin.uidl(
                        "editor: open", "Write a post · Safepost", (ui, session) -> List.of(ui.navigate("post"))))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
        for (var text : TYPED) {
            chain = chain.exec(Vaadin.uidl(
                            "editor: type (live check)",
                            " of 280 characters",
                            (ui, session) -> ui.type("post-text", text, "input", Map.of("1", 1))))
                    .pause(Duration.ofMillis(1500), Duration.ofSeconds(4));
        }
        return chain.exec(Vaadin.upload("editor: attach a photo", "photo-upload", "science-week.jpg", LoadRun.photo))
                .exec(session -> session.set("uploaded", System.nanoTime()).set("analysed", false))
                // The browser polls each second while the photo is looked at for faces and text; the editor
                // says what it found ("… in photo 1.") once the analysis has finished.
                .asLongAs(
                        session -> !session.getBoolean("analysed")
                                && !Vaadin.ui(session).broken()
                                && (session.contains("poll") ? session.getInt("poll") : 0) < ANALYSIS_POLLS,
                        "poll",
                        false)
                .on(pause(Duration.ofSeconds(1))
                        .exec(Vaadin.uidlSeeing(
                                "editor: poll while the photo is analysed",
                                " in photo 1.",
                                "analysed",
                                (ui, session) -> List.of(VaadinUi.poll())))
                        .exec(session -> {
                            if (session.getBoolean("analysed")) {
                                LoadRun.analysisSeconds.add((System.nanoTime() - session.getLong("uploaded")) / 1e9);
                            }
                            return session;
                        }))
                // A person who has waited two minutes leaves the draft for later: counted apart, not as an error.
                .doIfOrElse(session -> session.getBoolean("analysed"))
                .then(pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                        .exec(Vaadin.uidl("editor: tick every face checked", ui -> ui.tick("faces-checked-1")))
                        .pause(Duration.ofSeconds(1), Duration.ofSeconds(2))
                        .exec(Vaadin.uidl(
                                "editor: submit",
                                "Sent to the senior leadership team for approval.",
                                (ui, session) -> List.of(ui.click("submit-draft"))))
                        .exec(session -> {
                            var draft = Vaadin.ui(session).lastDraftId();
                            if (draft != null) {
                                LoadRun.submitted.add(draft);
                            }
                            return session;
                        }))
                .orElse(exec(session -> {
                    if (!Vaadin.ui(session).broken()) {
                        LoadRun.analysisGivenUp.incrementAndGet();
                    }
                    return session;
                }));
    }

    static ChainBuilder reviewAndApprove() {
        return exec(Vaadin.uidl(
                        "review: open the queue",
                        "Review posts · Safepost",
                        (ui, session) -> List.of(ui.navigate("review"))))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(session -> {
                    var draft = LoadRun.submitted.poll();
                    return draft == null ? session.remove("draftId") : session.set("draftId", draft);
                })
                .doIf(session -> session.contains("draftId"))
                .then(exec(Vaadin.uidl(
                                "review: open a post",
                                "approve",
                                (ui, session) -> List.of(ui.navigate("review/" + session.getString("draftId")))))
                        .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
                        .exec(Vaadin.uidl(
                                "review: give the photo reason",
                                null,
                                (ui, session) -> ui.type("device-override", PHOTO_REASON, "change", Map.of())))
                        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                        .exec(Vaadin.uidl(
                                "review: approve",
                                "Approved: it goes out now.",
                                (ui, session) -> List.of(ui.click("approve")))));
    }

    static ChainBuilder auditTrail() {
        return exec(Vaadin.uidl(
                        "audit trail: open", "Audit trail · Safepost", (ui, session) -> List.of(ui.navigate("audit"))))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .exec(Vaadin.uidl("audit trail: older page", null, (ui, session) -> List.of(ui.click("audit-older"))));
    }

    /** Sessions that work until the deadline: each person's journey for their role, again and again. */
    static ScenarioBuilder working(String name, int sessions, long deadlineMillis) {
        return scenario(name)
                .feed(listFeeder(sessions(sessions)).circular())
                .exec(signIn())
                .exec(asLongAs(session -> System.currentTimeMillis() < deadlineMillis)
                        .on(
                                pause(Duration.ofSeconds(3), Duration.ofSeconds(8)),
                                reloadIfBroken(),
                                doSwitch("#{role}")
                                        .on(
                                                onCase("drafter")
                                                        .then(exec(writeAPost())
                                                                .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
                                                                .exec(dashboard())
                                                                .pause(Duration.ofSeconds(20), Duration.ofSeconds(40))),
                                                onCase("slt")
                                                        .then(exec(reviewAndApprove())
                                                                .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))),
                                                onCase("governor")
                                                        .then(exec(auditTrail())
                                                                .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                                                                .exec(dashboard())
                                                                .pause(Duration.ofSeconds(30), Duration.ofSeconds(60))),
                                                onCase("office")
                                                        .then(exec(Vaadin.uidl(
                                                                        "pupils: open the roster",
                                                                        "Pupils · Safepost",
                                                                        (ui, session) ->
                                                                                List.of(ui.navigate("pupils"))))
                                                                .pause(Duration.ofSeconds(10), Duration.ofSeconds(20))
                                                                .exec(dashboard())
                                                                .pause(
                                                                        Duration.ofSeconds(30),
                                                                        Duration.ofSeconds(60))))));
    }

    /** Sessions that sign in, open the dashboard and then leave the tab open without doing anything. */
    static ScenarioBuilder idle(String name, int sessions) {
        return scenario(name).feed(listFeeder(sessions(sessions)).circular()).exec(signIn());
    }
}
