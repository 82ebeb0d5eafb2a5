package app.safepost.drafting.ui.parts;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountKind;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.Platform;
import app.safepost.compliance.PostLength;
import app.safepost.drafting.DraftContent;
import app.safepost.media.MediaLibrary;
import app.safepost.media.TestPhotos;
import app.safepost.media.TestPhotos.Exif;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The preview shows a post as X, Bluesky or Mastodon would: text, photos framed as each platform does, alt text, its counter. */
class PostPreviewTest extends ScreenTest {

    @Autowired
    MediaLibrary media;

    private static AccountSummary account(Platform platform) {
        return new AccountSummary(
                new AccountId(UUID.randomUUID()), "@JGP_Kestrels", platform, AccountKind.CLASS, null, "Class 3", true);
    }

    private DraftContent.AttachedPhoto photo(String alt) {
        var photo = media.intake(
                "IMG_0003.JPG", TestPhotos.withMetadata(TestPhotos.jpeg(160, 120), Exif.ipad("DMPX1002JGP2")));
        return new DraftContent.AttachedPhoto(photo.id().value(), alt);
    }

    private PostPreview shown(
            Platform platform, String text, List<DraftContent.AttachedPhoto> photos, PostLength length) {
        var preview = new PostPreview(media);
        UI.getCurrent().add(preview);
        preview.show(account(platform), text, photos, length);
        return preview;
    }

    @Test
    void the_text_shows_its_link_shortened_and_its_tag_picked_out_with_the_platforms_counter() {
        signInAs("teacher");

        var preview = shown(
                Platform.X,
                "Our trip https://www.jessegray.sch.uk/news/museum-trip-2026-photos #JGP",
                List.of(),
                new PostLength(37, 280));

        assertThat(preview.getElement().getAttribute("aria-label")).isEqualTo("Preview on X");
        assertThat(preview.getElement().getTextRecursively())
                .contains("@JGP_Kestrels")
                .contains("Our trip jessegray.sch.uk/news/museum-…")
                .doesNotContain("https://");
        assertThat($(Span.class, preview)
                        .withClassName("post-preview-tag")
                        .single()
                        .getText())
                .isEqualTo("#JGP");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, preview)
                        .id("post-preview-counter")
                        .getText())
                .isEqualTo("37 / 280");
    }

    @Test
    void a_post_too_long_for_its_platform_says_so_under_the_preview() {
        signInAs("teacher");

        var preview = shown(Platform.BLUESKY, "x".repeat(301), List.of(), new PostLength(301, 300));

        assertThat($(com.vaadin.flow.component.html.Paragraph.class, preview)
                        .id("post-preview-counter")
                        .getText())
                .isEqualTo("301 / 300: too long for Bluesky");
    }

    @Test
    void photos_are_framed_as_each_platform_frames_them_and_each_alt_text_is_shown() {
        signInAs("teacher");
        var fossil = photo("Pupils looking at a fossil");
        var bus = photo("");

        var bluesky = shown(Platform.BLUESKY, "Museum", List.of(fossil), new PostLength(6, 300));
        var frame = $(Div.class, bluesky).withClassName("post-preview-photos").single();
        assertThat(frame.getClassNames()).contains("preview-bluesky", "preview-photos-1");
        assertThat($(Image.class, frame).single().getAlt()).hasValue("Pupils looking at a fossil");

        var mastodon = shown(Platform.MASTODON, "Museum", List.of(fossil, bus), new PostLength(6, 500));
        assertThat($(Div.class, mastodon)
                        .withClassName("post-preview-photos")
                        .single()
                        .getClassNames())
                .contains("preview-mastodon", "preview-photos-2");
        assertThat(mastodon.getElement().getTextRecursively())
                .contains("Photo 1 alt text: Pupils looking at a fossil")
                .contains("Photo 2 alt text: none (add one)");
    }
}
