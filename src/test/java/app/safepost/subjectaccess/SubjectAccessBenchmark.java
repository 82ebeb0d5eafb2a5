package app.safepost.subjectaccess;

import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.Drafts;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.Incidents;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.PublishedPhoto;
import app.safepost.publishing.Publishing;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Not a test: measures the subject access ZIP for a demo pupil (Daisy Chen) given a busy year's records:
 * 12 drafts each with a 1600×1200 photo of camera-like noise (about what an iPad photo weighs once
 * stripped), half of them also in the published register, and an incident naming her. Gathered and
 * written ten times; the size and times go to target/benchmarks/subject-access.txt. Run it with
 * {@code ./mvnw test -Pbenchmark -Dtest=SubjectAccessBenchmark}.
 */
@Tag("benchmark")
@SafepostTest
class SubjectAccessBenchmark {

    private static final int RUNS = 10;

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Autowired
    Drafts drafts;

    @Autowired
    MediaLibrary media;

    @Autowired
    Publishing publishing;

    @Autowired
    Incidents incidents;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Clock clock;

    private void aBusyYear(String upn) {
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        var random = new Random(17);
        for (int i = 0; i < 12; i++) {
            var image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int grey = 90 + (x + y) / 40 + random.nextInt(40);
                    image.setRGB(x, y, (grey << 16) | (grey << 8) | (grey + random.nextInt(20)));
                }
            }
            var photo =
                    media.intake("day-" + i + ".jpg", TestPhotos.jpeg(image)).id();
            var draft = drafts.create(
                    wholeSchool,
                    new DraftContent(
                            "Daisy's class on day " + i + " of the trip.",
                            List.of(new DraftContent.AttachedPhoto(photo.value(), "Pupils by the river")),
                            List.of(new DraftContent.PupilShown(upn, false, photo.value()))));
            if (i % 2 == 0) {
                publishing.schedule(new PostToPublish(
                        draft.id().value(),
                        1,
                        wholeSchool,
                        "Day " + i + " of the trip.",
                        List.of(new PublishedPhoto(photo, "Pupils by the river")),
                        List.of(upn),
                        clock.instant().plus(Duration.ofDays(300)),
                        "head",
                        "deputy",
                        null));
            }
        }
        incidents.report(new IncidentReport(
                wholeSchool,
                IncidentCategory.OTHER,
                "A comment named Daisy Chen under the trip post.",
                null,
                null,
                false));
    }

    @Test
    void the_zip_of_a_demo_pupil_after_a_busy_year() throws IOException {
        var upn = "J820300117178";
        SignedIn.as(demoUsers, "head");
        aBusyYear(upn);
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
        var report = String.format(
                Locale.ROOT,
                "Subject access ZIP benchmark (%s, %d cores, load average %.1f)%n"
                        + "pupil %s: %d drafts, %d photos; ZIP %d bytes (%.1f KB)%n"
                        + "(the time includes gathering, the PDF, rendering each photo as published and the JSON)%n"
                        + "first run %.0f ms (cold); median of the next %d %.0f ms, slowest %.0f ms%n",
                java.time.Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                upn,
                drafts,
                photos,
                size,
                size / 1024.0,
                first,
                steady.size(),
                steady.get(steady.size() / 2),
                steady.getLast());
        System.out.print(report);
        var target = Path.of("target", "benchmarks", "subject-access.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report, StandardCharsets.UTF_8);
    }
}
