package app.safepost.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.media.TestPhotos.Exif;
import app.safepost.media.domain.PhotoCodec;
import app.safepost.pupils.PupilId;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The media library on the real database: device check, who sees a photo, covers, discarding. */
@SafepostTest
class MediaLibraryTest {

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @BeforeEach
    @AfterEach
    void removePhotos() {
        SignedIn.nobody();
        MediaFixture.removeAllPhotos(jdbc);
    }

    private MediaSummary upload(String user, Exif exif) {
        SignedIn.as(demoUsers, user);
        return media.intake("IMG_0001.JPG", TestPhotos.withMetadata(TestPhotos.jpeg(160, 120), exif));
    }

    @Test
    void a_photo_from_a_registered_school_ipad_passes_the_device_check() {
        var photo = upload("teacher", Exif.ipad("DMPX1002JGP2"));

        assertThat(photo.device())
                .isEqualTo(new CameraDevice(
                        "Apple",
                        "iPad (10th generation)",
                        "DMPX1002JGP2",
                        true,
                        DeviceCheck.REGISTERED_SERIAL,
                        false,
                        "iPad 02 (Class 3)"));
        assertThat(photo.fromRegisteredDevice()).isTrue();
        assertThat(photo.uploadedBy()).isEqualTo("teacher");
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void a_photo_from_an_unknown_device_or_with_no_camera_details_is_flagged() {
        var personal = upload("teacher", new Exif("Apple", "iPhone 15", "F2LZ0000PERS", 1, true, false));
        assertThat(personal.device().registered()).isFalse();
        assertThat(personal.device().check()).isEqualTo(DeviceCheck.SERIAL_NOT_REGISTERED);
        assertThat(personal.fromRegisteredDevice()).isFalse();

        var bare = media.intake("scan.png", TestPhotos.png(TestPhotos.quadrants(20, 20)));
        assertThat(bare.device()).isNull();
        assertThat(bare.fromRegisteredDevice()).isFalse();
    }

    @Test
    void the_stored_image_has_no_metadata_left() {
        var photo = upload("teacher", Exif.ipad("DMPX1002JGP2"));

        var stored = media.publishedImage(photo.id());
        var text = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif\0", "DMPX1002JGP2", "Acacia", "http://ns.adobe.com", "Photoshop 3.0");
        assertThat(jdbc.queryForObject("select size_bytes from media_content", Long.class))
                .isEqualTo(photo.sizeBytes());
    }

    @Test
    void only_the_uploader_and_slt_see_a_photo() {
        var photo = upload("teacher", Exif.ipad("DMPX1002JGP2"));

        SignedIn.as(demoUsers, "teacher4");
        assertThat(media.find(photo.id())).isEmpty();
        assertThatThrownBy(() -> media.publishedImage(photo.id())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> media.discard(photo.id())).isInstanceOf(IllegalArgumentException.class);
        SignedIn.as(demoUsers, "governor");
        assertThat(media.find(photo.id())).isEmpty();
        for (var slt : List.of("deputy", "head")) {
            SignedIn.as(demoUsers, slt);
            assertThat(media.find(photo.id())).as(slt).isPresent();
        }
        SignedIn.as(demoUsers, "teacher");
        assertThat(media.mine()).extracting(MediaSummary::id).containsExactly(photo.id());
    }

    @Test
    void the_office_and_governors_may_not_take_photos_in() {
        for (var user : List.of("office", "governor")) {
            SignedIn.as(demoUsers, user);
            assertThatThrownBy(() -> media.intake("a.jpg", TestPhotos.jpeg(10, 10)))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_refused_file_stores_nothing() {
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> media.intake("holiday.jpg", TestPhotos.jpegZipPolyglot()))
                .isInstanceOf(PhotoRefused.class);
        assertThatThrownBy(() -> media.intake("logo.jpg", TestPhotos.svg())).isInstanceOf(PhotoRefused.class);
        assertThat(MediaFixture.photos(jdbc)).isZero();
        assertThat(MediaFixture.storedImages(jdbc)).isZero();
    }

    @Test
    void covers_are_saved_audited_and_burned_into_the_published_image() {
        var photo = upload("teacher", Exif.ipad("DMPX1002JGP2"));
        var amelia = new PupilId(UUID.randomUUID());

        var covered = media.cover(
                photo.id(),
                List.of(PhotoCover.pixelate(0, 0, 80, 60, amelia), PhotoCover.emoji(80, 60, 80, 60, "😀", null)));

        assertThat(covered.covers()).hasSize(2);
        assertThat(covered.coveredPupils()).containsExactly(amelia);
        assertThat(media.find(photo.id()).orElseThrow().covers()).isEqualTo(covered.covers());
        var published = PhotoCodec.read(media.publishedImage(photo.id()));
        // The top-left quadrant was flat red; it is still red-ish but the stored bytes differ from the uncovered ones.
        assertThat(published.getWidth()).isEqualTo(160);
        assertThat(media.publishedImage(photo.id())).isNotEqualTo(media.preview(photo.id(), List.of()));
        assertThat(jdbc.queryForObject(
                        "select count(*) from photo_aud where id = ?",
                        Long.class,
                        photo.id().value()))
                .isEqualTo(2);
    }

    @Test
    void covers_outside_the_photo_or_with_an_unknown_emoji_are_refused_with_reasons() {
        var photo = upload("teacher", Exif.ipad("DMPX1002JGP2"));

        assertThatThrownBy(() -> media.cover(
                        photo.id(),
                        List.of(
                                PhotoCover.pixelate(150, 100, 40, 40, null),
                                PhotoCover.emoji(0, 0, 20, 20, "🔥", null),
                                PhotoCover.pixelate(0, 0, 2, 2, null))))
                .isInstanceOfSatisfying(
                        CoversRefused.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(
                                        "Cover 1: keep it inside the photo (160 × 120 pixels).",
                                        "Cover 2: choose one of the emoji 😀 ⭐ ❤️ 🌼.",
                                        "Cover 3: make it at least 8 × 8 pixels."));
        assertThat(media.find(photo.id()).orElseThrow().covers()).isEmpty();
    }

    @Test
    void discarding_a_photo_deletes_its_stored_image_unless_another_photo_shares_it() {
        var first = upload("teacher", Exif.ipad("DMPX1002JGP2"));
        var second = upload("teacher", Exif.ipad("DMPX1002JGP2"));
        assertThat(MediaFixture.storedImages(jdbc)).isEqualTo(1);

        media.discard(first.id());
        assertThat(MediaFixture.storedImages(jdbc)).isEqualTo(1);
        assertThat(media.find(first.id())).isEmpty();

        media.discard(second.id());
        assertThat(MediaFixture.storedImages(jdbc)).isZero();
        assertThat(MediaFixture.photos(jdbc)).isZero();
    }
}
