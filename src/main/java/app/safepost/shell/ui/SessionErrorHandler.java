package app.safepost.shell.ui;

import app.safepost.common.DatabaseOutage;
import app.safepost.common.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.DisconnectedClientHelper;

/** Errors while someone is using a screen: a plain notice with a reference; the details go to the log. */
@Configuration(proxyBeanMethods = false)
class SessionErrorHandler {

    @Bean
    VaadinServiceInitListener unexpectedErrorNotice() {
        return event -> event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(new ScreenErrors()));
    }

    static final class ScreenErrors implements ErrorHandler {

        private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

        @Override
        public void error(ErrorEvent error) {
            var failure = error.getThrowable();
            if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
                // The browser stopped waiting (closed, or gave up on a slow answer): nobody is there to
                // tell, and nothing is wrong with the portal, so it is no error for whoever reads the log.
                log.info("A browser went away before its answer was written: {}", failure.toString());
                return;
            }
            if (DatabaseOutage.isCause(failure)) {
                log.warn("Database unavailable in a screen: {}", DatabaseOutage.reason(failure));
                notice(error, () -> Notices.warn(DatabaseOutage.SCREEN_MESSAGE));
                return;
            }
            var id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {} in a screen", id, failure);
            notice(
                    error,
                    () -> Notices.failed(
                            "Something went wrong and nothing was saved. Please try again. Reference: " + id));
        }

        private static void notice(ErrorEvent error, Command show) {
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(show));
        }
    }
}
