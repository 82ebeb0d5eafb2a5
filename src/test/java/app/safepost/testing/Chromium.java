package app.safepost.testing;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, driven by Playwright; one browser per test class. The browser may
 * reach only this machine's loopback addresses.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh page in its own browser context (no shared cookies). */
    public Page newPage() {
        return newPage(new Browser.NewContextOptions().setLocale("en-GB").setTimezoneId("Europe/London"));
    }

    /** A fresh page in a browser set to another language, time zone and window width (CSS pixels). */
    public Page newPage(String locale, String timezone, int width, int height) {
        return newPage(new Browser.NewContextOptions()
                .setLocale(locale)
                .setTimezoneId(timezone)
                .setViewportSize(width, height)
                .setHasTouch(width < 1024));
    }

    private Page newPage(Browser.NewContextOptions options) {
        var page = browser.newContext(options).newPage();
        page.setDefaultTimeout(20_000);
        // A loaded CI machine can take seconds for a round trip; assertions wait as long as actions do.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return page;
    }

    /** A fresh page in its own browser context the size of a phone (390 × 844 CSS pixels, touch). */
    public Page newPhonePage() {
        var page = browser.newContext(new Browser.NewContextOptions()
                        .setLocale("en-GB")
                        .setTimezoneId("Europe/London")
                        .setViewportSize(390, 844)
                        .setDeviceScaleFactor(3)
                        .setIsMobile(true)
                        .setHasTouch(true))
                .newPage();
        page.setDefaultTimeout(20_000);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return page;
    }

    /** Signs a demo user in through the local sign-in page and waits for the home page. */
    public static void signIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoUsers.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(baseUrl + "/");
        page.locator("vaadin-app-layout").waitFor();
    }

    /**
     * Signs a demo user in through the school's Keycloak: opens the portal, is sent to Keycloak's own
     * sign-in page, and waits until the portal's home page is back.
     */
    public static void signInOnKeycloak(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/");
        submitKeycloakSignIn(page, username, DemoUsers.PASSWORD);
        // Spring Security may add "?continue" to the page it returns to.
        page.waitForURL(url -> url.equals(baseUrl + "/") || url.startsWith(baseUrl + "/?"));
        page.locator("vaadin-app-layout").waitFor();
    }

    /** Fills in and sends Keycloak's sign-in form, which must be showing. */
    public static void submitKeycloakSignIn(Page page, String username, String password) {
        submitKeycloakSignIn(page, TestKeycloak.ISSUER, username, password);
    }

    /** The same for the realm with this issuer. */
    public static void submitKeycloakSignIn(Page page, String issuer, String username, String password) {
        page.waitForURL(url -> url.startsWith(issuer + "/protocol/openid-connect/auth"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    /** axe-core violations of impact serious or critical on the current page. */
    public static List<Rule> seriousAccessibilityViolations(Page page) {
        // Half-faded notifications or overlays would give contrast readings of a moment, not of the screen.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        // Vaadin's dialogs and overlays say so while they open or close, whatever runs their animation.
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        // Every notification closes by itself within seconds; one that starts fading while axe reads the page
        // would give a moment's contrast, so the page is read once they have gone.
        page.waitForFunction(
                "() => !document.querySelector('vaadin-notification-card')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
    }

    /** Keeps a full-page picture under target/screenshots for people reviewing a build. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    private static Path executable() {
        var configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (var candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Chromium not found: install Debian's chromium or set CHROMIUM_PATH");
    }
}
