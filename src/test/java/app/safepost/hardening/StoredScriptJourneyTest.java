package app.safepost.hardening;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Api;
import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Script stored where staff will read it later, a draft's text and a pupil's name, is shown in a real
 * browser as the text it is: no dialog opens, no element is injected, and the Content Security Policy
 * blocks nothing the portal itself needs.
 */
@HostilePortal
class StoredScriptJourneyTest {

    private static final String IMG = "<img src=x onerror=alert('xss-img')>";
    private static final String SVG = "<svg/onload=alert('xss-svg')>";
    private static final String SCRIPT = "<script>alert('xss-script')</script>";

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    private Page page(String user) {
        var page = chromium.newPage();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.onConsoleMessage((ConsoleMessage message) -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        Chromium.signIn(page, "http://127.0.0.1:" + port, user);
        return page;
    }

    private static int injected(Page page) {
        // Playwright's CSS engine looks into open shadow roots too.
        return page.locator("img[src='x'], svg[onload], [onerror], iframe[srcdoc]")
                .count();
    }

    @Test
    void a_drafts_stored_script_is_shown_as_text_in_my_drafts_and_the_editor() {
        var api = new Api(port);
        var accounts = api.get("/api/v1/accounts", DemoUsers.TEACHER).body();
        var matcher = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(accounts);
        assertThat(matcher.find()).isTrue();
        var text = "Trip " + IMG + " " + SVG + " " + SCRIPT;
        var created = api.send(
                "POST",
                "/api/v1/drafts",
                DemoUsers.TEACHER,
                "application/json",
                "{\"accountId\":\"" + matcher.group(1) + "\",\"text\":" + HostileApiInputTest.json(text) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var draftId = created.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");

        var page = page(DemoUsers.TEACHER);
        page.navigate("http://127.0.0.1:" + port + "/drafts");
        assertThat(page.locator("#my-drafts")).containsText(IMG);
        page.waitForTimeout(500);
        assertThat(injected(page)).isZero();

        page.navigate("http://127.0.0.1:" + port + "/post/" + draftId);
        assertThat(page.locator("#marked-text")).containsText(SCRIPT);
        page.waitForTimeout(500);
        assertThat(injected(page)).isZero();
        Chromium.screenshot(page, "stored-script-draft");

        assertThat(dialogs).isEmpty();
        assertThat(policyViolations).isEmpty();
    }

    @Test
    void a_pupils_stored_script_name_is_shown_as_text_on_the_pupils_screen() throws Exception {
        var api = new Api(port);
        String roster;
        try (var in = getClass().getResourceAsStream("/demo/pupils.csv")) {
            roster = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        roster = (roster.endsWith("\n") ? roster : roster + "\n") + "J999999900001,\"" + IMG.replace("\"", "\"\"")
                + "\",\"" + SVG + "\",,Class 3,yes,2025-09-04\n";
        var imported = api.send("PUT", "/api/v1/pupils", DemoUsers.OFFICE, "text/csv", roster);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        var page = page(DemoUsers.OFFICE);
        page.navigate("http://127.0.0.1:" + port + "/pupils");
        var find = page.getByLabel("Find a pupil");
        find.fill("J999999900001");
        find.press("Tab");
        assertThat(page.locator("vaadin-grid")).containsText(IMG);
        page.waitForTimeout(500);
        assertThat(injected(page)).isZero();
        Chromium.screenshot(page, "stored-script-pupil");

        assertThat(dialogs).isEmpty();
        assertThat(policyViolations).isEmpty();
    }
}
