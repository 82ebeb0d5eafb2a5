package app.safepost.database;

import app.safepost.common.SchoolTime;
import app.safepost.security.PortalSchools;
import app.safepost.security.PortalTask;
import app.safepost.security.SchoolId;
import java.io.IOException;
import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What several portal instances on one database must not do twice, or at the same moment
 * (docs/reliability.md, "Several instances"): start-up work that only one may do at a time, and jobs
 * that run once a day whichever instance's clock fires first; and work done school by school. Both rest on PostgreSQL itself (an
 * advisory lock held by a transaction, a row added in the job's own transaction), so an instance that
 * dies half-way gives up its claim with its connection.
 */
@Component
public class PortalInstances {

    private static final Logger log = LoggerFactory.getLogger(PortalInstances.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectProvider<PortalSchools> schools;
    private final String instance = instanceName();

    PortalInstances(
            JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, ObjectProvider<PortalSchools> schools) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.schools = schools;
    }

    /** This instance's name among those on the database: host, process and a random part. */
    public String name() {
        return instance;
    }

    /**
     * Makes other instances that ask for the same {@code work} wait until the caller's transaction
     * ends. Call inside a transaction, before reading what the work depends on.
     */
    public void oneAtATime(String work) {
        oneAtATime(jdbc, work);
    }

    /**
     * Work of several transactions that one instance at a time does from start to end, such as loading
     * the demo schools: a session lock held on a connection of its own for the whole of it, so a second
     * instance starts only once the first has finished everything, its after-commit work included.
     */
    public <T> T oneAtATimeThroughout(String work, Supplier<T> body) {
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<T>) connection -> {
            try (var lock = connection.prepareStatement("select pg_advisory_lock(hashtextextended(?, 1))")) {
                lock.setString(1, work);
                lock.execute();
            }
            try {
                return body.get();
            } finally {
                try (var unlock = connection.prepareStatement("select pg_advisory_unlock(hashtextextended(?, 1))")) {
                    unlock.setString(1, work);
                    unlock.execute();
                }
            }
        }));
    }

    /** The same through a given connection's template, for work set up before the beans are. */
    public static void oneAtATime(JdbcTemplate jdbc, String work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("oneAtATime(\"" + work + "\") needs a transaction to hold the lock");
        }
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", work);
    }

    /**
     * Runs work for each school of the portal in turn, as the portal itself with that school in hand
     * ({@link PortalTask#runAsSystemIn}): what a job or start-up does for every school, one school at
     * a time, each in transactions of its own. A school whose work fails is reported in the log and the
     * other schools' work goes on.
     *
     * @return the schools whose work failed
     */
    public List<SchoolId> inEachSchool(String work, Consumer<SchoolId> perSchool) {
        var failed = new ArrayList<SchoolId>();
        for (var school : schools.getObject().all()) {
            try {
                PortalTask.runAsSystemIn(school.id(), () -> {
                    perSchool.accept(school.id());
                    return null;
                });
            } catch (RuntimeException e) {
                log.error("{} failed for {} ({})", work, school.name(), school.id(), e);
                failed.add(school.id());
            }
        }
        return failed;
    }

    /**
     * Runs the day's {@code job} in each school, once a day in each school however many instances
     * run it ({@link #oncePerDay(String, SchoolId, Runnable)}), each school with itself in hand.
     *
     * @return in how many schools this instance ran it
     */
    public int oncePerDayInEachSchool(String job, Runnable work) {
        var ran = new AtomicInteger();
        inEachSchool(job, school -> {
            if (oncePerDay(job, school, work)) {
                ran.incrementAndGet();
            }
        });
        return ran.get();
    }

    /**
     * Runs the day's {@code job} (a school day, UK time) unless an instance has already done it today.
     * The claim and the work are one transaction: an instance that fires while another is running the
     * job waits for it, then does nothing if it succeeded and runs the job itself if it failed or its
     * instance died. The work joins that transaction, so nothing of a failed run stays.
     *
     * @return whether this instance ran it
     */
    public boolean oncePerDay(String job, Runnable work) {
        return oncePerDay(job, null, work);
    }

    /**
     * The same for one school's run of the job: each school's run is claimed on its own. Call with that
     * school in hand.
     */
    public boolean oncePerDay(String job, @Nullable SchoolId school, Runnable work) {
        var day = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var schoolId = school == null ? null : school.value();
        var ran = transaction.execute(status -> {
            var started = Timestamp.from(clock.instant());
            int claimed = jdbc.update("""
                    insert into daily_job_run (job, run_on, instance, started_at, finished_at, school_id)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (job, run_on, coalesce(school_id, '00000000-0000-0000-0000-000000000000'::uuid))
                    do nothing""", job, day, instance, started, started, schoolId);
            if (claimed == 0) {
                log.info(
                        "{} for {}{} has already run (on this or another instance)",
                        job,
                        day,
                        school == null ? "" : " in school " + school);
                return false;
            }
            work.run();
            jdbc.update(
                    "update daily_job_run set finished_at = ? where job = ? and run_on = ? and school_id is not distinct from ?",
                    Timestamp.from(clock.instant()),
                    job,
                    day,
                    schoolId);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "portal";
        }
        var name = host + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
