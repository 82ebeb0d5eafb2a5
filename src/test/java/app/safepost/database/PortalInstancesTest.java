package app.safepost.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.safepost.testing.SafepostTest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances are two callers on one database here (each on its own connection): the day's job
 * runs once however many fire at the same moment, a run that fails leaves the day to the next caller,
 * and start-up work marked one-at-a-time does not overlap. The full picture, with two portal
 * processes, is {@code app.safepost.packaging.SeveralInstancesIT}.
 */
@SafepostTest
class PortalInstancesTest {

    @Autowired
    PortalInstances instances;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void the_days_job_runs_once_when_two_instances_fire_at_the_same_moment() throws Exception {
        var job = "test-" + UUID.randomUUID();
        var runs = new AtomicInteger();
        var bothFired = new CountDownLatch(2);
        try (var two = Executors.newFixedThreadPool(2)) {
            var first = two.submit(() -> instances.oncePerDay(job, () -> {
                bothFired.countDown();
                runs.incrementAndGet();
                awaitQuietly(bothFired);
            }));
            var second = two.submit(() -> {
                bothFired.countDown();
                return instances.oncePerDay(job, runs::incrementAndGet);
            });
            assertThat(first.get(30, TimeUnit.SECONDS) ^ second.get(30, TimeUnit.SECONDS))
                    .as("exactly one ran it")
                    .isTrue();
        }

        assertThat(runs).hasValue(1);
        assertThat(instances.oncePerDay(job, runs::incrementAndGet))
                .as("later the same day")
                .isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.queryForObject("select count(*) from daily_job_run where job = ?", Long.class, job))
                .isOne();
    }

    @Test
    void a_run_that_fails_leaves_the_day_to_the_next_instance() {
        var job = "test-" + UUID.randomUUID();

        assertThatThrownBy(() -> instances.oncePerDay(job, () -> {
                    throw new IllegalStateException("the job broke half-way");
                }))
                .hasMessage("the job broke half-way");

        assertThat(jdbc.queryForObject("select count(*) from daily_job_run where job = ?", Long.class, job))
                .isZero();
        var runs = new AtomicInteger();
        assertThat(instances.oncePerDay(job, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void work_marked_one_at_a_time_waits_for_the_other_instances_transaction() throws Exception {
        var work = "test-" + UUID.randomUUID();
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var order = new StringBuffer();
        try (var two = Executors.newFixedThreadPool(2)) {
            var first = two.submit(() -> transaction.executeWithoutResult(status -> {
                instances.oneAtATime(work);
                holding.countDown();
                awaitQuietly(release);
                order.append("first done;");
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            var second = two.submit(() -> transaction.executeWithoutResult(status -> {
                instances.oneAtATime(work);
                order.append("second in;");
            }));
            // The second waits on the first's lock, as PostgreSQL shows.
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .pollInSameThread()
                    .until(() -> jdbc.queryForObject("""
                            select count(*) from pg_locks where locktype = 'advisory' and not granted
                            and ((classid::bigint << 32) | objid::bigint) = hashtextextended(?, 0)""", Long.class, work), waiting -> waiting == 1);
            assertThat(second).isNotDone();
            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        }

        assertThat(order).hasToString("first done;second in;");
        assertThatThrownBy(() -> instances.oneAtATime(work)).hasMessageContaining("needs a transaction");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
