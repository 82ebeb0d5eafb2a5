package app.safepost.shell.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API's places: at most {@code maxConcurrent} API requests are served at once and at most
 * {@code maxWaiting} wait, each for at most {@code maxWait}; any other is turned away at once. Both
 * bounds keep the queue from growing with the load: a turned-away request costs microseconds and no
 * thread is held waiting for long, so staff screens keep the rest of the portal. Turned-away
 * requests are counted ({@code safepost.api.shed}) and logged at most once a minute.
 */
@Component
class ApiLoad {

    private static final Logger log = LoggerFactory.getLogger(ApiLoad.class);
    private static final long LOG_EVERY_MILLIS = 60_000;

    private final ApiLoadSettings settings;
    private final Semaphore places;
    private final AtomicInteger waiting = new AtomicInteger();
    private final Counter shed;
    private final AtomicLong shedSinceLog = new AtomicLong();
    private final AtomicLong loggedAt = new AtomicLong(Long.MIN_VALUE);
    private final Clock clock;

    ApiLoad(ApiLoadSettings settings, MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.places = new Semaphore(settings.maxConcurrent());
        this.clock = clock;
        this.shed = Counter.builder("safepost.api.shed")
                .description("API requests answered 503 because the portal was busy")
                .register(meters);
        Gauge.builder("safepost.api.in-flight", this, load -> load.inFlight())
                .description("API requests being served")
                .register(meters);
    }

    ApiLoadSettings settings() {
        return settings;
    }

    /** Takes a place, waiting briefly if there is room to wait; false when the request is to be turned away. */
    boolean enter() {
        if (places.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > settings.maxWaiting()) {
            waiting.decrementAndGet();
            return turnedAway();
        }
        try {
            if (places.tryAcquire(settings.maxWait().toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
            return turnedAway();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return turnedAway();
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Gives back the place {@link #enter} took. */
    void leave() {
        places.release();
    }

    /** API requests waiting for a place. */
    int waiting() {
        return waiting.get();
    }

    int inFlight() {
        return settings.maxConcurrent() - places.availablePermits();
    }

    /** API requests turned away since the portal started. */
    long shedSoFar() {
        return (long) shed.count();
    }

    private boolean turnedAway() {
        shed.increment();
        shedSinceLog.incrementAndGet();
        long now = clock.millis();
        long last = loggedAt.get();
        if ((last == Long.MIN_VALUE || now - last >= LOG_EVERY_MILLIS) && loggedAt.compareAndSet(last, now)) {
            log.warn(
                    "Busy: {} API requests answered 503 since the last such message ({} served at once, {} waiting"
                            + " at most {} ms); staff screens are not limited",
                    shedSinceLog.getAndSet(0),
                    settings.maxConcurrent(),
                    settings.maxWaiting(),
                    settings.maxWait().toMillis());
        }
        return false;
    }
}
