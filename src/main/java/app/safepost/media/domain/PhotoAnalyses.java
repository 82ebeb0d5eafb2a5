package app.safepost.media.domain;

import app.safepost.common.BackgroundPriority;
import app.safepost.database.PortalInstances;
import app.safepost.media.PhotoAnalysis;
import app.safepost.media.PhotoFace;
import app.safepost.media.PhotoText;
import app.safepost.media.Region;
import app.safepost.security.SchoolInHand;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.opencv.core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for faces and text in each photo taken in, on a thread of its own so that intake answers at
 * once. The state is in the database: any instance claims a waiting photo for a while ({@link #LEASE}),
 * so a photo whose instance stopped mid-analysis is taken over once the claim runs out; after
 * {@value #MAX_ATTEMPTS} attempts it is marked failed. Each school's photos are analysed with that school
 * in hand; a photo is read and written by its id, which row-level security keeps to the school in hand.
 */
@Component
public class PhotoAnalyses implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PhotoAnalyses.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final MediaContents contents;
    private final PortalInstances instances;
    private final Clock clock;
    // Nobody waits on the analysis at a screen: it gives way to staff and the API when the cores are busy.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(BackgroundPriority.lowered(
            Thread.ofPlatform().name("photo-analysis").daemon().factory()));
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Object detectorLock = new Object();
    private final TransactionTemplate apart;
    private @Nullable Optional<FaceDetector> detector;

    PhotoAnalyses(
            JdbcTemplate jdbc,
            MediaContents contents,
            PortalInstances instances,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.contents = contents;
        this.instances = instances;
        this.clock = clock;
    }

    /** Queues the photo, in the intake's transaction; the analysis starts once that commits. */
    public void queue(UUID photo, Instant now) {
        jdbc.update(
                "insert into photo_analysis (photo_id, state, step, attempts, faces, words, queued_at)"
                        + " values (?, 'PENDING', 'QUEUED', 0, '', '', ?)",
                photo,
                Timestamp.from(now));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    public PhotoAnalysis find(UUID photo) {
        var rows = jdbc.query(
                "select state, step, faces from photo_analysis where photo_id = ?",
                (rs, i) -> new PhotoAnalysis(
                        PhotoAnalysis.State.valueOf(rs.getString(1)),
                        AnalysisLines.faces(rs.getString(3)),
                        PhotoAnalysis.Step.valueOf(rs.getString(2))),
                photo);
        return rows.isEmpty()
                ? new PhotoAnalysis(PhotoAnalysis.State.FAILED, List.of(), PhotoAnalysis.Step.FINISHED)
                : rows.getFirst();
    }

    /** The words read in the photo; none until the analysis is done. */
    public PhotoText text(UUID photo) {
        var rows = jdbc.query(
                "select words from photo_analysis where photo_id = ? and state = 'DONE'",
                (rs, i) -> AnalysisLines.text(rs.getString(1)),
                photo);
        return rows.isEmpty() ? PhotoText.none() : rows.getFirst();
    }

    /**
     * The photo's analysis, finished now if it is still waiting: analysed on this thread if no instance
     * has claimed it, else waited for up to {@code patience}. For the checks at saving, submitting and
     * approving, which must not judge a photo whose faces were not looked for yet.
     */
    public PhotoAnalysis finished(UUID photo, Duration patience) {
        var deadline = clock.instant().plus(patience);
        while (true) {
            apart.executeWithoutResult(status -> giveUpOnRepeatedFailures());
            var analysis = find(photo);
            if (analysis.state() != PhotoAnalysis.State.PENDING) {
                return analysis;
            }
            // In a transaction of its own, so other instances see the claim and a caller's rollback keeps the result.
            if (Boolean.TRUE.equals(apart.execute(status -> claim(photo)))) {
                apart.executeWithoutResult(status -> analyse(photo));
                continue;
            }
            if (clock.instant().isAfter(deadline)) {
                return analysis;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return analysis;
            }
        }
    }

    /** Picks up what is waiting: photos queued on other instances, or left by an instance that stopped. */
    @Scheduled(fixedDelayString = "${safepost.media.analysis-poll:PT5S}", initialDelayString = "PT5S")
    void poll() {
        wake();
    }

    void wake() {
        if (draining.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    drain();
                } finally {
                    draining.set(false);
                }
            });
        }
    }

    /** Analyses waiting photos of every school, school by school, until none is left; returns how many. */
    int drain() {
        var done = new AtomicInteger();
        instances.inEachSchool("Photo analysis", school -> done.addAndGet(drainSchool()));
        return done.get();
    }

    /** The same in the school in hand. */
    private int drainSchool() {
        int done = 0;
        try {
            giveUpOnRepeatedFailures();
            for (UUID photo = claimNext(); photo != null; photo = claimNext()) {
                analyse(photo);
                done++;
            }
        } catch (RuntimeException e) {
            log.warn("Photo analysis stopped: {}", e.toString());
        }
        return done;
    }

    private void giveUpOnRepeatedFailures() {
        jdbc.update(
                "update photo_analysis set state = 'FAILED', step = 'FINISHED', claimed_by = null,"
                        + " claimed_until = null, failure = 'The analysis failed " + MAX_ATTEMPTS
                        + " times.', finished_at = ?"
                        + " where school_id = ? and state = 'PENDING' and attempts >= ?"
                        + " and (claimed_until is null or claimed_until < ?)",
                now(),
                SchoolInHand.required().value(),
                MAX_ATTEMPTS,
                now());
    }

    private @Nullable UUID claimNext() {
        var claimed = jdbc.query(
                "update photo_analysis set step = 'FACES', attempts = attempts + 1, claimed_by = ?,"
                        + " claimed_until = ? where photo_id = (select photo_id from photo_analysis where school_id = ?"
                        + " and state = 'PENDING' and attempts < ? and (claimed_until is null or claimed_until < ?)"
                        + " order by queued_at limit 1 for update skip locked) returning photo_id",
                (rs, i) -> rs.getObject(1, UUID.class),
                instances.name(),
                Timestamp.from(clock.instant().plus(LEASE)),
                SchoolInHand.required().value(),
                MAX_ATTEMPTS,
                now());
        return claimed.isEmpty() ? null : claimed.getFirst();
    }

    private boolean claim(UUID photo) {
        return jdbc.update(
                        "update photo_analysis set step = 'FACES', attempts = attempts + 1, claimed_by = ?,"
                                + " claimed_until = ? where photo_id = ? and state = 'PENDING' and attempts < ?"
                                + " and (claimed_until is null or claimed_until < ?)",
                        instances.name(),
                        Timestamp.from(clock.instant().plus(LEASE)),
                        photo,
                        MAX_ATTEMPTS,
                        now())
                == 1;
    }

    /** Analyses a photo this instance claimed and stores what it found, unless the claim was lost meanwhile. */
    void analyse(UUID photo) {
        try {
            var found = findIn(photo);
            jdbc.update(
                    "update photo_analysis set state = ?, step = 'FINISHED', faces = ?, words = ?, failure = ?,"
                            + " finished_at = ?, claimed_by = null, claimed_until = null where photo_id = ? and claimed_by = ?",
                    found.state().name(),
                    AnalysisLines.faces(found.faces()),
                    AnalysisLines.words(found.text()),
                    found.failure(),
                    now(),
                    photo,
                    instances.name());
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("Analysing photo {} failed: {}", photo, e.toString());
            // Released at once: the next attempt need not wait for the claim to run out.
            jdbc.update(
                    "update photo_analysis set claimed_until = null, failure = ? where photo_id = ? and claimed_by = ?",
                    truncate(e.toString()),
                    photo,
                    instances.name());
        }
    }

    private record Found(
            PhotoAnalysis.State state,
            List<PhotoFace> faces,
            PhotoText text,
            @Nullable String failure) {}

    private Found findIn(UUID photo) {
        var rows = jdbc.query(
                "select width, height, content_sha256 from photo where id = ?",
                (rs, i) -> new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3)},
                photo);
        if (rows.isEmpty()) {
            return new Found(PhotoAnalysis.State.FAILED, List.of(), PhotoText.none(), "The photo was deleted.");
        }
        int width = (int) rows.getFirst()[0];
        int height = (int) rows.getFirst()[1];
        var bytes = contents.read((String) rows.getFirst()[2]).orElseThrow();
        synchronized (detectorLock) {
            var faces = detector();
            if (faces.isEmpty()) {
                return new Found(
                        PhotoAnalysis.State.FAILED,
                        List.of(),
                        PhotoText.none(),
                        "This server has no face detector installed (" + FaceDetector.modelFile() + ").");
            }
            Mat image = OpenCv.decodeScaled(bytes, width, height, FaceDetector.DETECTION_SIZE);
            try {
                double scale = width / (double) image.cols();
                var found = faces(faces.get().detect(image), scale, width, height);
                jdbc.update("update photo_analysis set step = 'TEXT' where photo_id = ?", photo);
                var text = TextReader.read(image, scale).orElse(PhotoText.none());
                return new Found(
                        PhotoAnalysis.State.DONE,
                        found,
                        text,
                        TextReader.available() ? null : "This server has no OCR (tesseract) installed.");
            } finally {
                image.release();
            }
        }
    }

    /** Boxes in the stored image's pixels, inside it, numbered from left to right. */
    static List<PhotoFace> faces(List<FaceDetector.Box> boxes, double scale, int width, int height) {
        var regions = new ArrayList<Region>();
        for (var box : boxes) {
            int x = Math.clamp(Math.round(box.x() * scale), 0, width - 1);
            int y = Math.clamp(Math.round(box.y() * scale), 0, height - 1);
            int w = (int) Math.min(Math.round(box.width() * scale), width - x);
            int h = (int) Math.min(Math.round(box.height() * scale), height - y);
            if (w > 0 && h > 0) {
                regions.add(new Region(x, y, w, h));
            }
        }
        regions.sort(Comparator.comparingInt(Region::x).thenComparingInt(Region::y));
        var faces = new ArrayList<PhotoFace>();
        for (int i = 0; i < regions.size(); i++) {
            faces.add(new PhotoFace("f" + (i + 1), regions.get(i)));
        }
        return faces;
    }

    private Optional<FaceDetector> detector() {
        if (detector == null) {
            detector = FaceDetector.load();
            if (detector.isEmpty()) {
                log.warn("No face detector model at {}: photos are not searched for faces", FaceDetector.modelFile());
            }
        }
        return detector;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String truncate(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
