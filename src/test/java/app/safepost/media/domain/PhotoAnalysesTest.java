package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.safepost.media.ClassPhotos;
import app.safepost.media.MediaFixture;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.PhotoAnalysis;
import app.safepost.testing.OtherInstance;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The analysis of photos as several instances share it through the database: a photo claimed by an
 * instance that stopped is taken over once the claim runs out, one claimed by a live instance is left to
 * it, and a photo that keeps failing is given up on.
 */
@SafepostTest
class PhotoAnalysesTest {

    @Autowired
    PhotoAnalyses analyses;

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void removePhotos() {
        MediaFixture.removeAllPhotos(jdbc);
    }

    private MediaId analysedGroupPhoto() {
        SignedIn.as(demoUsers, "teacher");
        var photo = media.intake("group.jpg", ClassPhotos.groupOfThree().jpeg()).id();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> media.analysis(photo).done());
        return photo;
    }

    /** As an instance that claimed the photo and stopped mid-analysis leaves it. */
    private void leftMidAnalysisByAnotherInstance(MediaId photo, Instant claimedUntil) {
        try (var other = new OtherInstance()) {
            other.jdbc()
                    .update(
                            "update photo_analysis set state = 'PENDING', step = 'FACES', faces = '', words = '',"
                                    + " attempts = 1, claimed_by = 'portal-that-stopped', claimed_until = ? where photo_id = ?",
                            Timestamp.from(claimedUntil),
                            photo.value());
        }
    }

    @Test
    void a_photo_left_mid_analysis_by_a_stopped_instance_is_taken_over_once_its_claim_runs_out() {
        var photo = analysedGroupPhoto();
        leftMidAnalysisByAnotherInstance(photo, Instant.now().plus(Duration.ofMinutes(2)));

        assertThat(analyses.drain()).as("a live claim is left to its instance").isZero();
        assertThat(media.analysis(photo).state()).isEqualTo(PhotoAnalysis.State.PENDING);
        assertThat(media.analysis(photo).step()).isEqualTo(PhotoAnalysis.Step.FACES);

        leftMidAnalysisByAnotherInstance(photo, Instant.now().minusSeconds(1));
        assertThat(analyses.drain()).isEqualTo(1);

        var analysis = media.analysis(photo);
        assertThat(analysis.state()).isEqualTo(PhotoAnalysis.State.DONE);
        assertThat(analysis.faces()).hasSize(3);
        assertThat(jdbc.queryForObject(
                        "select attempts from photo_analysis where photo_id = ?", Integer.class, photo.value()))
                .isEqualTo(2);
    }

    @Test
    void a_photo_whose_analysis_failed_three_times_is_given_up_on_and_the_checks_say_so() {
        var photo = analysedGroupPhoto();
        jdbc.update(
                "update photo_analysis set state = 'PENDING', attempts = 3, claimed_by = null, claimed_until = null"
                        + " where photo_id = ?",
                photo.value());

        assertThat(analyses.drain()).isZero();

        assertThat(media.analysis(photo).state()).isEqualTo(PhotoAnalysis.State.FAILED);
    }

    @Test
    void the_faces_found_are_where_the_faces_are_in_the_stored_photo() {
        var photo = analysedGroupPhoto();
        var truth = ClassPhotos.groupOfThree().faces();

        var faces = media.analysis(photo).faces();

        assertThat(faces).hasSize(3);
        for (int i = 0; i < 3; i++) {
            var expected = truth.get(i).box();
            var found = faces.get(i).box();
            assertThat(expected.coveredBy(found.x(), found.y(), found.width(), found.height()))
                    .as("face %d: %s against the truth %s", i + 1, found, expected)
                    .isGreaterThan(0.5);
        }
        assertThat(jdbc.queryForObject(
                        "select words from photo_analysis where photo_id = ?", String.class, photo.value()))
                .doesNotContainPattern("[A-Za-z]{4,}");
    }
}
