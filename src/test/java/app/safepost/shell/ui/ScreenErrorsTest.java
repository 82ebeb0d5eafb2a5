package app.safepost.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the log says about a screen's errors: whoever watches it for errors must not be sent after browsers that left. */
class ScreenErrorsTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SessionErrorHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    @Test
    void a_browser_that_stopped_waiting_is_no_error() {
        new SessionErrorHandler.ScreenErrors()
                .error(new ErrorEvent(
                        new java.io.UncheckedIOException(new ClientAbortException(new IOException("Broken pipe")))));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO);
        assertThat(logged.list.getFirst().getFormattedMessage()).contains("went away");
    }

    @Test
    void a_failure_of_the_portal_is_an_error_with_a_reference() {
        new SessionErrorHandler.ScreenErrors().error(new ErrorEvent(new IllegalStateException("a bug")));

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.ERROR);
        assertThat(logged.list.getFirst().getFormattedMessage()).matches("Unexpected error [0-9a-f]{8} in a screen");
    }
}
