package app.safepost.testing;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, driven by Playwright. One browser serves the whole test JVM: it is
 * launched when the first class needs it and closed when the run ends, as launching it takes seconds
 * on a loaded machine. Every page has a browser context of its own (no shared cookies or storage),
 * and a class's contexts are closed after the class. The browser may reach only this machine's
 * loopback addresses.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private final List<BrowserContext> contexts = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        // Closed by JUnit when the whole run ends, as a value of the root store that is AutoCloseable.
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
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
        var page = newContext(options).newPage();
        page.setDefaultTimeout(20_000);
        // A loaded CI machine can take seconds for a round trip; assertions wait as long as actions do.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return page;
    }

    /** A fresh page in its own browser context the size of a phone (390 × 844 CSS pixels, touch). */
    public Page newPhonePage() {
        var page = newContext(new Browser.NewContextOptions()
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

    private BrowserContext newContext(Browser.NewContextOptions options) {
        var context = SharedBrowser.browser().newContext(options);
        contexts.add(context);
        return context;
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

    /**
     * axe-core violations of impact serious or critical on the current page, open notifications
     * included. Notifications showing when it is called are held open while axe reads the page and
     * closed afterwards, as their timers would have closed them: the page is left without them, as it
     * would be had the caller waited for them to go.
     */
    public static List<Rule> seriousAccessibilityViolations(Page page) {
        page.evaluate(HOLD_NOTIFICATIONS);
        // Half-faded notifications or overlays would give contrast readings of a moment, not of the screen.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        // Vaadin's dialogs and overlays say so while they open or close, whatever runs their animation.
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        page.evaluate(CLOSE_HELD_NOTIFICATIONS);
        // One that opened while axe read the page closes by its own timer.
        page.waitForFunction(
                "() => !document.querySelector('vaadin-notification-card')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
    }

    /** A duration of 0 stops a notification's timer (Vaadin clears it whenever the duration changes). */
    private static final String HOLD_NOTIFICATIONS = """
            () => document.querySelectorAll('vaadin-notification').forEach(notice => {
                if (notice.opened && notice.duration > 0) {
                    notice.setAttribute('data-held-for-axe', '');
                    notice.duration = 0;
                }
            })""";

    private static final String CLOSE_HELD_NOTIFICATIONS = """
            () => document.querySelectorAll('vaadin-notification[data-held-for-axe]').forEach(notice => {
                notice.removeAttribute('data-held-for-axe');
                notice.close();
            })""";

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

    /** The JVM's one Playwright and browser; Playwright wants them used from the thread that made them. */
    private static final class SharedBrowser implements AutoCloseable {

        private static @Nullable Playwright playwright;
        private static @Nullable Browser browser;

        static synchronized Browser browser() {
            if (browser == null || !browser.isConnected()) {
                launch();
            }
            return browser;
        }

        private static void launch() {
            if (playwright == null) {
                playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            }
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
        public void close() {
            synchronized (SharedBrowser.class) {
                if (browser != null) {
                    browser.close();
                    browser = null;
                }
                if (playwright != null) {
                    playwright.close();
                    playwright = null;
                }
            }
        }
    }
}
