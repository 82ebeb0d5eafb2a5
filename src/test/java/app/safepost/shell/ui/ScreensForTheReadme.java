package app.safepost.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.Chromium;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.SeparateDatabase;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Writes the README's pictures, {@code docs/screens/<screen>-<width>.png}: home, the post editor, the
 * review, the calendar and the audit trail at 1,366, 768 and 390 CSS pixels wide, each signed in as
 * the demo user who works there, from the demo school with its term of history, as a newcomer first
 * sees it (on a database of its own, so the shared test database keeps its counts). Tagged so the normal build never rewrites the
 * docs; run it on demand with {@code ./mvnw -B test -Pscreenshots -Dtest=ScreensForTheReadme}.
 */
@Tag("screenshots")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "safepost.demo-school.history=true")
@ContextConfiguration(initializers = ScreensForTheReadme.Database.class)
class ScreensForTheReadme {

    static final class Database extends SeparateDatabase {
        @Override
        protected String name() {
            return "readme_screens";
        }
    }

    /** Where the README links them, from the project's directory (Maven's working directory for tests). */
    static final Path SCREENS = Path.of("docs", "screens");
    /** Pictures are kept small in the repository; a bigger one means a screen grew unexpectedly long. */
    static final long MOST_BYTES = 250_000;

    record Screen(String name, String path, String user) {}

    record Size(int width, int height) {}

    static final List<Screen> SCREENS_SHOWN = List.of(
            new Screen("home", "/", DemoUsers.HEAD),
            new Screen("editor", "/post", DemoUsers.TEACHER),
            new Screen("review", "/review", DemoUsers.DEPUTY),
            new Screen("calendar", "/calendar", DemoUsers.HEAD),
            new Screen("audit-trail", "/audit", DemoUsers.HEAD));

    static final List<Size> SIZES = List.of(new Size(1366, 768), new Size(768, 1024), new Size(390, 844));

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Test
    void every_screen_of_the_readme_is_pictured_at_each_width() throws Exception {
        var base = "http://127.0.0.1:" + port;
        Files.createDirectories(SCREENS);
        for (var size : SIZES) {
            for (var screen : SCREENS_SHOWN) {
                var page = chromium.newPage("en-GB", "Europe/London", size.width(), size.height());
                Chromium.signIn(page, base, screen.user());
                page.navigate(base + screen.path());
                page.locator("vaadin-app-layout main, vaadin-app-layout [role=main]")
                        .first()
                        .waitFor();
                settle(page);
                var file = SCREENS.resolve(screen.name() + "-" + size.width() + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file));
                page.context().close();
                assertThat(Files.size(file)).as(file.toString()).isPositive().isLessThan(MOST_BYTES);
            }
        }
    }

    /** Waits until the screen has stopped moving: no animation running, no overlay opening, no request pending. */
    private static void settle(Page page) {
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running')");
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }
}
