package app.safepost.shell.ui;

import app.safepost.common.DatabaseOutage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Errors while someone is using a screen: a plain notice with a reference; the details go to the log. */
@Configuration(proxyBeanMethods = false)
class SessionErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Bean
    VaadinServiceInitListener unexpectedErrorNotice() {
        return event -> event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (DatabaseOutage.isCause(error.getThrowable())) {
                log.warn("Database unavailable in a screen: {}", DatabaseOutage.reason(error.getThrowable()));
                error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                    var notice = Notification.show(DatabaseOutage.SCREEN_MESSAGE, 8000, Notification.Position.TOP_CENTER);
                    notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
                }));
                return;
            }
            var id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {} in a screen", id, error.getThrowable());
            error.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> {
                var notice = Notification.show("Something went wrong and nothing was saved. Please try again."
                        + " Reference: " + id, 8000, Notification.Position.TOP_CENTER);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }));
        }));
    }
}
