package app.safepost.media.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.MediaFixture;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PhotosViewTest extends ScreenTest {

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePhotos() {
        MediaFixture.removeAllPhotos(jdbc);
    }

    @Test
    void a_teacher_uploads_a_photo_sees_its_device_check_and_discards_it() {
        signInAs("teacher");
        navigate(PhotosView.class);
        assertThat($(Paragraph.class).withText("You have no photos yet.").exists())
                .isTrue();

        test($(Upload.class).single())
                .upload(
                        "IMG_0004.JPG",
                        "image/jpeg",
                        TestPhotos.withMetadata(TestPhotos.jpeg(120, 90), Exif.ipad("DMPX1002JGP2")));
        test($(Upload.class).single())
                .upload(
                        "IMG_0005.JPG",
                        "image/jpeg",
                        TestPhotos.withMetadata(
                                TestPhotos.jpeg(90, 120), new Exif("Apple", "iPhone 15", "PERSONAL1", 1, true, false)));

        var devices = $(Paragraph.class).withClassName("photo-device").all().stream()
                .map(Paragraph::getText)
                .toList();
        assertThat(devices)
                .containsExactlyInAnyOrder(
                        "Taken on a registered school device (Apple iPad (10th generation), serial DMPX1002JGP2).",
                        "Not shown to be from a school iPad: its camera's serial number is not that of a school device in service"
                                + " (Apple iPhone 15, serial PERSONAL1). SLT must approve it with a reason.");

        assertThat($(Anchor.class).withClassName("history-link").exists())
                .as("no audit link for a teacher")
                .isFalse();
        test($(Button.class).withText("Discard").first()).click();
        assertThat(media.mine()).hasSize(1);
    }

    @Test
    void slt_open_a_photos_history_in_the_audit_trail() {
        signInAs("deputy");
        var photo = media.intake("IMG_0007.JPG", TestPhotos.jpeg(40, 30));
        navigate(PhotosView.class);

        assertThat($(Anchor.class).withClassName("history-link").single().getHref())
                .startsWith("audit?type=")
                .endsWith("&record=" + photo.id());
    }

    @Test
    void another_teacher_does_not_see_the_photo() {
        signInAs("teacher");
        media.intake("IMG_0006.JPG", TestPhotos.jpeg(40, 30));

        signInAs("teacher4");
        navigate(PhotosView.class);
        assertThat($(Paragraph.class).withText("You have no photos yet.").exists())
                .isTrue();
    }
}
