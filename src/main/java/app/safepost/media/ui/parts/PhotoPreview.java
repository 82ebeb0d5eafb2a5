package app.safepost.media.ui.parts;

import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** The photo as it will be published (metadata stripped, upright, covers burned in), served by the portal. */
public class PhotoPreview extends Composite<Image> {

    private final MediaLibrary media;
    private final MediaId photo;

    public PhotoPreview(MediaLibrary media, MediaId photo, String altText) {
        this.media = media;
        this.photo = photo;
        getContent().setAlt(altText);
        getContent().addClassName("photo-preview");
        refresh();
    }

    /** Loads the image again, after its covers changed. */
    public void refresh() {
        var type = media.find(photo).map(p -> p.contentType()).orElse("image/jpeg");
        getContent().setSrc(DownloadHandler.fromInputStream(event -> {
            var bytes = media.publishedImage(photo);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(type), type, bytes.length);
        }).inline());
    }

    private String fileName(String type) {
        return photo + (type.equals("image/png") ? ".png" : ".jpg");
    }
}
