package app.safepost.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.media.MediaFixture;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Originals are kept only when the school says so, encrypted, bound to their photo, and deleted on publishing. */
@SafepostTest
class PhotoOriginalsTest {

    private static final byte[] KEY = new byte[32];

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

    private byte[] ipadPhoto() {
        return TestPhotos.withMetadata(TestPhotos.jpeg(64, 48), Exif.ipad("DMPXORIGINAL"));
    }

    @Test
    void by_default_no_original_is_kept() {
        SignedIn.as(demoUsers, "teacher");
        media.intake("IMG_1.JPG", ipadPhoto());

        assertThat(jdbc.queryForObject("select count(*) from photo_original", Long.class))
                .isZero();
    }

    @Test
    void a_kept_original_is_encrypted_reads_back_only_for_its_photo_and_goes_when_published() {
        SignedIn.as(demoUsers, "teacher");
        var original = ipadPhoto();
        var photo = media.intake("IMG_2.JPG", original);
        var other = media.intake("IMG_3.JPG", TestPhotos.jpeg(32, 32));
        var originals = new PhotoOriginals(jdbc, KEY);

        originals.keep(photo.id().value(), original, Instant.now());

        var stored = jdbc.queryForObject(
                "select ciphertext from photo_original where photo_id = ?",
                byte[].class,
                photo.id().value());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("DMPXORIGINAL", "Apple", "Exif");
        assertThat(originals.read(photo.id().value())).hasValue(original);
        assertThat(new PhotoOriginals(jdbc, null).read(photo.id().value()))
                .as("setting off: not read")
                .isEmpty();
        // Moved onto another photo's row, the ciphertext no longer decrypts.
        jdbc.update(
                "insert into photo_original (photo_id, nonce, ciphertext, kept_at)"
                        + " select ?, nonce, ciphertext, kept_at from photo_original where photo_id = ?",
                other.id().value(),
                photo.id().value());
        assertThatThrownBy(() -> originals.read(other.id().value())).isInstanceOf(IllegalStateException.class);

        SignedIn.as(demoUsers, "deputy");
        assertThat(media.published(List.of(photo.id()))).isEqualTo(1);
        assertThat(originals.read(photo.id().value())).isEmpty();
        assertThat(media.published(List.of(photo.id()))).isZero();
    }

    @Test
    void discarding_a_photo_deletes_its_original() {
        SignedIn.as(demoUsers, "teacher");
        var photo = media.intake("IMG_4.JPG", ipadPhoto());
        new PhotoOriginals(jdbc, KEY).keep(photo.id().value(), ipadPhoto(), Instant.now());

        media.discard(photo.id());

        assertThat(jdbc.queryForObject("select count(*) from photo_original", Long.class))
                .isZero();
    }

    @Test
    void keeping_originals_needs_a_key_outside_demo_mode_and_makes_one_once_in_demo_mode(@TempDir Path dataDir)
            throws Exception {
        assertThatThrownBy(() -> PhotoOriginals.configure(jdbc, true, "", false, dataDir))
                .hasMessageContaining(PhotoOriginals.KEY_PROPERTY)
                .hasMessageContaining("openssl rand -base64 32");
        assertThatThrownBy(() -> PhotoOriginals.configure(
                        jdbc, true, Base64.getEncoder().encodeToString(new byte[16]), false, dataDir))
                .hasMessageContaining("must be 32 bytes");
        assertThat(PhotoOriginals.configure(jdbc, false, "", false, dataDir).keeping())
                .isFalse();
        assertThat(PhotoOriginals.configure(jdbc, true, Base64.getEncoder().encodeToString(KEY), false, dataDir)
                        .keeping())
                .isTrue();

        assertThat(PhotoOriginals.configure(jdbc, true, "", true, dataDir).keeping())
                .isTrue();
        var key = Files.readString(dataDir.resolve(PhotoOriginals.DEMO_KEY_FILE));
        PhotoOriginals.configure(jdbc, true, "", true, dataDir);
        assertThat(Files.readString(dataDir.resolve(PhotoOriginals.DEMO_KEY_FILE)))
                .isEqualTo(key);
    }
}
