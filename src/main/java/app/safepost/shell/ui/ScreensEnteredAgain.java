package app.safepost.shell.ui;

import app.safepost.common.ui.UpToDateOnEntering;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationListener;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Entering the screen already shown (its menu item again, a link to itself, a reload after a change)
 * shows it as it is now. Vaadin reuses the instance on screen when its route is entered again, and most
 * screens read what they show when they are built, so they are built afresh; a screen that reads it all
 * again on entering says so with {@link UpToDateOnEntering} and is reused.
 */
@Configuration(proxyBeanMethods = false)
class ScreensEnteredAgain {

    @Bean
    VaadinServiceInitListener screensBuiltAfreshWhenEnteredAgain() {
        return event -> event.getSource()
                .addUIInitListener(init -> init.getUI().addAfterNavigationListener(new Rebuilder(init.getUI())));
    }

    /** Remembers the screen shown, to tell when a navigation kept it. */
    static final class Rebuilder implements AfterNavigationListener {

        private final UI ui;
        private @Nullable HasElement shown;

        Rebuilder(UI ui) {
            this.ui = ui;
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            var screen = event.getActiveChain().getFirst();
            var kept =
                    screen == shown && event.getLocationChangeEvent().getTrigger() != NavigationTrigger.REFRESH_ROUTE;
            if (kept && !(screen instanceof UpToDateOnEntering)) {
                // The navigation that kept it is still being handled, and Vaadin ignores a second one to the
                // same place until it ends; this one replaces it, so it may go ahead now.
                ui.getInternals().clearLastHandledNavigation();
                ui.refreshCurrentRoute(false);
                return;
            }
            shown = screen;
        }
    }
}
