package app.safepost.media.ui.parts;

import app.safepost.common.ui.LimitedUpload;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoRefused;
import app.safepost.media.domain.PhotoIntake;
import app.safepost.school.DeviceCookie;
import app.safepost.school.DeviceKey;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Photos in: several at once, by button or drag and drop, each file's progress shown by the upload.
 * Every file goes through {@link MediaLibrary#intake}, with the device key of an enrolled school iPad's
 * browser if its request carries one (P3); a refused file's reason is listed next to the
 * field in a live region, so a screen reader announces it too.
 */
@StyleSheet("context://media.css")
public class PhotoUploadField extends Composite<Div> {

    static final int MAX_FILES = 20;

    private final MediaLibrary media;
    private final Upload upload = new Upload();
    private final UnorderedList refusals = new UnorderedList();
    private final List<Consumer<MediaSummary>> accepted = new ArrayList<>();

    public PhotoUploadField(MediaLibrary media) {
        this.media = media;
        var label = new Span("Photos (JPEG, PNG or WebP, at most 25 MB each): choose them, drop them here, or take"
                + " one with the iPad's camera");
        label.setId("photo-upload-label");
        configureUpload();
        refusals.setId("photo-refusals");
        refusals.addClassName("photo-refusals");
        refusals.getElement().setAttribute("role", "alert");
        refusals.getElement().setAttribute("aria-live", "assertive");
        getContent().addClassName("photo-upload-field");
        getContent().add(label, upload, refusals);
    }

    private void configureUpload() {
        upload.setId("photo-upload");
        upload.getElement().setAttribute("aria-labelledby", "photo-upload-label");
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(PhotoIntake.MAX_BYTES);
        upload.setDropAllowed(true);
        // "image/*" first: an iPad or a phone then offers its camera beside the photo library (a capture
        // attribute would offer the camera only). The intake refuses what is not a photo it takes, saying why.
        upload.setAcceptedFileTypes(
                "image/*",
                "image/jpeg",
                "image/png",
                "image/webp",
                "image/heic",
                ".jpg",
                ".jpeg",
                ".png",
                ".webp",
                ".heic");
        // Each file's own request says whether this browser is an enrolled school iPad (P3): its cookie.
        upload.setUploadHandler(event -> {
            var deviceKey = DeviceCookie.presentedIn(event.getRequest().getCookies());
            new LimitedUpload(
                            PhotoIntake.MAX_BYTES,
                            "it is larger than 25 MB.",
                            (metadata, bytes) -> takeIn(metadata.fileName(), bytes, deviceKey),
                            this::refuse)
                    .handleUploadRequest(event);
        });
        upload.addFileRejectedListener(e -> refuse(
                e.getFileName(),
                e.getErrorMessage() == null || e.getErrorMessage().isBlank()
                        ? "it is not a photo of at most 25 MB."
                        : e.getErrorMessage()));
    }

    /** Called with each photo the portal took in. */
    public void addPhotoAcceptedListener(Consumer<MediaSummary> listener) {
        accepted.add(listener);
    }

    /** The reasons shown for refused files, newest last. */
    public List<String> refusals() {
        return refusals.getChildren().map(c -> c.getElement().getText()).toList();
    }

    void takeIn(String fileName, byte[] bytes, @Nullable DeviceKey deviceKey) {
        try {
            var photo = media.intake(fileName, bytes, deviceKey);
            accepted.forEach(listener -> listener.accept(photo));
        } catch (PhotoRefused refused) {
            refuse(fileName, refused.getMessage());
        }
    }

    private void refuse(String fileName, String reason) {
        var item = new ListItem(fileName + ": " + reason);
        item.addClassName("photo-refusal");
        refusals.add(item);
    }
}
