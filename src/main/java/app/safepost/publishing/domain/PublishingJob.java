package app.safepost.publishing.domain;

import app.safepost.accounts.HeldCredentials;
import app.safepost.database.PortalInstances;
import app.safepost.media.MediaLibrary;
import app.safepost.notifications.Notices;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PublishingProperties;
import app.safepost.publishing.platforms.Publishers;
import app.safepost.security.PortalTask;
import app.safepost.security.SchoolInHand;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's publishing thread: every {@code safepost.publishing.poll-interval} it sends what is
 * due, as the system user in each school in turn. Platform work asked for from a screen (a takedown) runs here too, so the
 * held credentials are only ever read by the portal itself.
 */
@Component
public class PublishingJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PublishingJob.class);

    private final PublishingScheduler scheduler;
    private final PortalInstances instances;
    private final Duration pollInterval;
    private final boolean enabled;
    private ScheduledExecutorService thread;

    PublishingJob(
            PublicationRepository publications,
            TransactionTemplate transaction,
            Publishers publishers,
            PlatformSwitch platformSwitch,
            HeldCredentials credentials,
            MediaLibrary media,
            Notices notices,
            ApplicationEventPublisher events,
            Clock clock,
            PortalInstances instances,
            PublishingProperties settings) {
        this.scheduler = new PublishingScheduler(
                publications,
                transaction,
                publishers,
                platformSwitch,
                credentials,
                media,
                notices,
                events,
                clock,
                new PublishingScheduler.Settings(
                        instances.name(),
                        settings.lease(),
                        settings.batch(),
                        settings.maxAttempts(),
                        settings.firstBackoff()));
        this.instances = instances;
        this.pollInterval = settings.pollInterval();
        this.enabled = settings.schedulerEnabled();
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(work -> {
            var t = new Thread(work, "publishing");
            t.setDaemon(true);
            return t;
        });
        if (enabled) {
            thread.scheduleWithFixedDelay(
                    this::runDue, pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
        log.info("Publishing as {} every {}{}", scheduler.instance(), pollInterval, enabled ? "" : " (switched off)");
    }

    /** Each school's due posts in turn, with that school in hand. */
    private void runDue() {
        instances.inEachSchool("Publishing run", school -> {
            try {
                scheduler.runDue();
            } catch (RuntimeException e) {
                log.warn("Publishing run in school {} stopped early: {}", school, e.toString());
            }
        });
    }

    /**
     * Runs platform work on the publishing thread as the system user, in the caller's school, and
     * waits for it.
     */
    public <T> T runOnPublishingThread(Callable<T> work, Duration timeout) throws Exception {
        var school = SchoolInHand.current().orElse(null);
        Supplier<T> asSystem = () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var future = thread.submit(
                () -> school == null ? PortalTask.runAsSystem(asSystem) : PortalTask.runAsSystemIn(school, asSystem));
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
