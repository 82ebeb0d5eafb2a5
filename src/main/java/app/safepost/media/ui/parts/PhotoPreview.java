package app.safepost.media.ui.parts;

import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The photo as it will be published (metadata stripped, upright, covers burned in), served by the portal.
 * It fits its column (media.css), however many pixels the camera took.
 */
@StyleSheet("context://media.css")
public class PhotoPreview extends Composite<Image> {

    private final MediaLibrary media;
    private final MediaId photo;
    private final String altText;

    public PhotoPreview(MediaLibrary media, MediaId photo, String altText) {
        this.media = media;
        this.photo = photo;
        this.altText = altText;
        getContent().setAlt(altText);
        getContent().addClassName("photo-preview");
        refresh();
    }

    /** Loads the image again, after its covers changed. */
    public void refresh() {
        var type = media.find(photo).map(p -> p.contentType()).orElse("image/jpeg");
        getContent()
                .setSrc(DownloadHandler.fromInputStream(event -> {
                            var bytes = media.publishedImage(photo);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes), fileName(type), type, bytes.length);
                        })
                        .inline());
    }

    /**
     * Clicking the photo, or Enter on it, opens it full size in a new tab. Not for photos that are
     * drawn on (the cover editor), where a click means something else.
     */
    public PhotoPreview openingFullSize() {
        var image = getContent();
        image.addClassName("opens-full-size");
        image.getElement().setAttribute("tabindex", "0");
        image.getElement().setAttribute("role", "link");
        image.getElement().setAttribute("aria-label", "Open full size: " + (altText.isBlank() ? "the photo" : altText));
        // In the browser, so the new tab opens on the click itself and no pop-up blocker stops it.
        image.addAttachListener(attached -> image.getElement().executeJs("""
                const open = () => window.open(this.src, '_blank', 'noopener');
                this.addEventListener('click', open);
                this.addEventListener('keydown', e => { if (e.key === 'Enter') { open(); } });"""));
        return this;
    }

    private String fileName(String type) {
        return photo + (type.equals("image/png") ? ".png" : ".jpg");
    }
}
