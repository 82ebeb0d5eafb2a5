package app.safepost.drafting.ui.parts;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.Platform;
import app.safepost.compliance.PostLength;
import app.safepost.drafting.DraftContent;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.ui.parts.PhotoPreview;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The post as it will look on its platform: the account, the text with its links shortened and tags and
 * mentions picked out, the photos cropped as that platform crops them in its timeline (X and Mastodon
 * fill a 16:9 frame, Bluesky shows one photo whole and several in squares), each photo's alt text, and
 * the platform's own length counter. Built from text nodes, never HTML, so nothing typed is run.
 */
public class PostPreview extends Div {

    private final MediaLibrary media;
    private final Map<String, PhotoPreview> photos = new HashMap<>();

    public PostPreview(MediaLibrary media) {
        this.media = media;
        addClassName("post-preview");
        setId("post-preview");
        getElement().setAttribute("role", "region");
    }

    /** Shows the post as {@code account}'s platform would; {@code length} is that platform's count of the text. */
    public void show(
            AccountSummary account, String text, List<DraftContent.AttachedPhoto> attached, PostLength length) {
        removeAll();
        var platform = account.platform();
        getElement().setAttribute("aria-label", "Preview on " + platform.label());
        getElement().setAttribute("data-platform", platform.name().toLowerCase());
        var avatar =
                new Span(account.handle().replaceFirst("^@", "").substring(0, 1).toUpperCase());
        avatar.addClassName("post-preview-avatar");
        avatar.getElement().setAttribute("aria-hidden", "true");
        var who = new Div(avatar, new Span(account.handle()), new Span(" · " + platform.label() + " · now"));
        who.addClassName("post-preview-who");
        add(who, body(text), photos(platform, attached));
        var counter = new Paragraph(
                length.used() + " / " + length.limit() + (length.over() ? ": too long for " + platform.label() : ""));
        counter.addClassName("post-preview-counter");
        counter.addClassName(length.over() ? "verdict-block" : "post-preview-counter-fits");
        counter.setId("post-preview-counter");
        add(counter);
    }

    private static Div body(String text) {
        var body = new Div();
        body.addClassName("post-preview-text");
        for (var part : PreviewText.parts(text)) {
            if (part.kind() == PreviewText.Kind.TEXT) {
                body.add(new Text(part.shown()));
            } else {
                var span = new Span(part.shown());
                span.addClassName("post-preview-" + part.kind().name().toLowerCase());
                body.add(span);
            }
        }
        return body;
    }

    private Div photos(Platform platform, List<DraftContent.AttachedPhoto> attached) {
        var frame = new Div();
        if (attached.isEmpty()) {
            return frame;
        }
        frame.addClassNames(
                "post-preview-photos", "preview-" + platform.name().toLowerCase(), "preview-photos-" + attached.size());
        var alts = new Div();
        alts.addClassName("post-preview-alts");
        var shown = new HashMap<String, PhotoPreview>();
        for (int i = 0; i < attached.size(); i++) {
            var photo = attached.get(i);
            var alt = photo.altText().isBlank() ? "" : photo.altText();
            // One component per photo and alt text, kept between redraws: the image is not fetched again.
            var key = photo.mediaId() + "\n" + alt;
            var image = photos.containsKey(key)
                    ? photos.get(key)
                    : new PhotoPreview(media, new MediaId(photo.mediaId()), alt);
            shown.put(key, image);
            var badge = new Span("ALT");
            badge.addClassName("post-preview-alt-badge");
            badge.getElement().setAttribute("aria-hidden", "true");
            var cell = new Div(image, badge);
            cell.addClassName("post-preview-photo");
            frame.add(cell);
            alts.add(new Paragraph("Photo " + (i + 1) + " alt text: " + (alt.isEmpty() ? "none (add one)" : alt)));
        }
        photos.clear();
        photos.putAll(shown);
        return new Div(frame, alts);
    }
}
