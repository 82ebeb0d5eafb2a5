package app.safepost.subjectaccess;

import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: measures the subject access ZIP for the demo pupil the demo school holds most about
 * (shown in the most drafts), gathered and written ten times, and writes the size and times to
 * target/benchmarks/subject-access.txt. Run it with {@code ./mvnw test -Pbenchmark -Dtest=SubjectAccessBenchmark}.
 */
@Tag("benchmark")
@SafepostTest
class SubjectAccessBenchmark {

    private static final int RUNS = 10;

    @Autowired SubjectAccess subjectAccess;
    @Autowired JdbcTemplate jdbc;
    @Autowired @Qualifier("demoSignIn") UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_zip_of_the_demo_pupil_held_most_about() throws IOException {
        var upn = InSchool.jesseGray(jdbc, () -> jdbc.queryForObject("""
                select p.upn from pupil p left join draft_pupil d on d.upn = p.upn
                group by p.upn order by count(d.id) desc, p.upn limit 1""", String.class));
        SignedIn.as(demoUsers, "head");
        var times = new ArrayList<Double>();
        long size = 0;
        int photos = 0;
        int drafts = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            var file = subjectAccess.gather(upn, false, SubjectAccess.Via.API);
            var out = new ByteArrayOutputStream();
            subjectAccess.write(file, out);
            times.add((System.nanoTime() - start) / 1e6);
            size = out.size();
            photos = file.photos().size();
            drafts = file.drafts().size();
        }
        var first = times.getFirst();
        var steady = times.subList(1, times.size()).stream().sorted().toList();
        var report = String.format(Locale.ROOT, "Subject access ZIP benchmark (%s, %d cores, load average %.1f)%n"
                        + "pupil %s: %d drafts, %d photos; ZIP %d bytes (%.1f KB)%n"
                        + "first run %.0f ms (cold); median of the next %d %.0f ms, slowest %.0f ms%n",
                java.time.Instant.now(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), upn, drafts, photos, size,
                size / 1024.0, first, steady.size(), steady.get(steady.size() / 2), steady.getLast());
        System.out.print(report);
        var target = Path.of("target", "benchmarks", "subject-access.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report, StandardCharsets.UTF_8);
    }
}
