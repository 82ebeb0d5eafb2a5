package app.safepost.media.ui.parts;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.media.CoverStyle;
import app.safepost.media.MediaFixture;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoCover;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.pupils.PupilId;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The photo parts the draft editor uses: upload field, cover editor and preview, as components. */
class MediaPartsTest extends ScreenTest {

    private static final PupilId AMELIA = new PupilId(UUID.randomUUID());
    private static final List<CoverEditorDialog.PupilChoice> PUPILS = List.of(
            new CoverEditorDialog.PupilChoice(AMELIA, "Amelia", false),
            new CoverEditorDialog.PupilChoice(new PupilId(UUID.randomUUID()), "Ben", true));

    @Autowired
    MediaLibrary media;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePhotos() {
        MediaFixture.removeAllPhotos(jdbc);
    }

    private MediaSummary photo() {
        return media.intake(
                "IMG_0002.JPG", TestPhotos.withMetadata(TestPhotos.jpeg(200, 150), Exif.ipad("DMPX1002JGP2")));
    }

    @Test
    void several_photos_are_taken_in_and_a_refused_one_says_why_next_to_the_field() {
        signInAs("teacher");
        var field = new PhotoUploadField(media);
        var accepted = new ArrayList<MediaSummary>();
        field.addPhotoAcceptedListener(accepted::add);
        UI.getCurrent().add(field);

        var upload = test($(Upload.class).single());
        upload.upload("IMG_0003.JPG", "image/jpeg", TestPhotos.withMetadata(TestPhotos.jpeg(80, 60), Exif.ipad("X1")));
        upload.upload("class-trip.png", "image/png", TestPhotos.png(TestPhotos.quadrants(40, 30)));
        upload.upload("newsletter.jpg", "image/jpeg", TestPhotos.pdf());

        assertThat(accepted).extracting(MediaSummary::contentType).containsExactly("image/jpeg", "image/png");
        assertThat(field.refusals())
                .containsExactly("newsletter.jpg: This file is a PDF document, not a photo."
                        + " Only JPEG, PNG, WebP or HEIC photos are accepted.");
        var refusals = $(com.vaadin.flow.component.html.UnorderedList.class).id("photo-refusals");
        assertThat(refusals.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(MediaFixture.photos(jdbc)).isEqualTo(2);
    }

    @Test
    void covers_are_added_by_keyboard_fields_and_by_drawing_then_saved() {
        signInAs("teacher");
        var photo = photo();
        var saved = new ArrayList<MediaSummary>();
        var dialog = new CoverEditorDialog(media, photo.id(), PUPILS, saved::add);
        dialog.open();

        test($(Button.class).id("add-cover")).click();
        var row = dialog.rows().getFirst();
        test(row.x).setValue(10);
        test(row.y).setValue(20);
        test(row.coverWidth).setValue(60);
        test(row.coverHeight).setValue(50);
        test(row.style).selectItem("Emoji sticker");
        test(row.emoji).selectItem("⭐");
        test(row.pupil).selectItem("Amelia (no image consent)");
        dialog.canvas().drawn(120, 40, 50, 50);
        assertThat(dialog.rows()).hasSize(2);

        test($(Button.class).id("preview-covers")).click();
        assertThat($(com.vaadin.flow.component.html.Image.class)
                        .id("cover-preview")
                        .isVisible())
                .isTrue();
        test($(Button.class).id("save-covers")).click();

        assertThat(saved).hasSize(1);
        assertThat(media.find(photo.id()).orElseThrow().covers())
                .containsExactly(
                        PhotoCover.emoji(10, 20, 60, 50, "⭐", AMELIA),
                        new PhotoCover(120, 40, 50, 50, CoverStyle.PIXELATE, null, null));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_cover_outside_the_photo_is_refused_next_to_its_fields_and_nothing_is_saved() {
        signInAs("teacher");
        var photo = photo();
        var dialog = new CoverEditorDialog(media, photo.id(), PUPILS, saved -> {});
        dialog.open();

        test($(Button.class).id("add-cover")).click();
        var row = dialog.rows().getFirst();
        test(row.x).setValue(180);
        test(row.coverWidth).setValue(60);
        test($(Button.class).id("save-covers")).click();

        assertThat(row.errorText()).isEqualTo("keep it inside the photo (200 × 150 pixels).");
        assertThat(row.x.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(media.find(photo.id()).orElseThrow().covers()).isEmpty();
    }

    @Test
    void the_dialog_names_the_pupils_without_consent_and_shows_saved_covers() {
        signInAs("teacher");
        var photo = photo();
        media.cover(photo.id(), List.of(PhotoCover.pixelate(0, 0, 40, 40, AMELIA)));

        var dialog = new CoverEditorDialog(media, photo.id(), PUPILS, saved -> {});
        dialog.open();

        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("cover-consent-note")
                        .getText())
                .isEqualTo("No image consent: Amelia. If they are in the photo, cover them.");
        assertThat(dialog.covers()).containsExactly(PhotoCover.pixelate(0, 0, 40, 40, AMELIA));
        assertThat(dialog.rows().getFirst().pupil.getValue().label()).isEqualTo("Amelia");
    }

    @Test
    void the_preview_is_an_image_with_its_alt_text() {
        signInAs("teacher");
        var photo = photo();
        var preview = new PhotoPreview(media, photo.id(), "Class 3 planting sunflowers");
        UI.getCurrent().add(preview);

        var image = preview.getContent();
        assertThat(image.getAlt()).hasValue("Class 3 planting sunflowers");
        assertThat(image.getSrc()).isNotBlank();
    }

    @Test
    void the_faces_found_are_covered_with_one_click_or_all_at_once_and_the_status_follows_the_covers() {
        signInAs("teacher");
        var photo = media.intake(
                "group.jpg", app.safepost.media.ClassPhotos.groupOfThree().jpeg());
        org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> media.analysis(photo.id()).done());
        var faces = media.analysis(photo.id()).faces();
        assertThat(faces).hasSize(3);
        // The first face is a pupil with consent: "cover every face" leaves it uncovered.
        var hints = new CoverEditorDialog.FaceHints(
                faces, java.util.Set.of(faces.getFirst().id()), List.of());
        var saved = new ArrayList<MediaSummary>();
        var dialog = new CoverEditorDialog(media, photo.id(), PUPILS, hints, saved::add);
        dialog.open();
        var status = $(com.vaadin.flow.component.html.Paragraph.class).id("cover-face-status");
        assertThat(status.getText())
                .isEqualTo("3 faces found; not covered: face 1, 2, 3. Click a face on the photo to cover it.");

        dialog.coverFace(faces.get(1));
        assertThat(status.getText())
                .isEqualTo("3 faces found; not covered: face 1, 3. Click a face on the photo to cover it.");
        test($(Button.class).id("cover-unassigned-faces")).click();

        assertThat(dialog.rows()).hasSize(2);
        assertThat(status.getText())
                .isEqualTo("3 faces found; not covered: face 1. Click a face on the photo to cover it.");
        var first = dialog.covers().getFirst();
        var box = faces.get(1).box();
        assertThat(first.x()).isLessThan(box.x());
        assertThat(first.x() + first.width()).isGreaterThan(box.x() + box.width());
        dialog.save();
        assertThat(saved).singleElement().satisfies(s -> assertThat(s.covers()).hasSize(2));
        assertThat(faces.get(2).coveredBy(saved.getFirst().covers())).isTrue();
        assertThat(faces.get(0).coveredBy(saved.getFirst().covers())).isFalse();
    }
}
