package app.safepost.trust.ui;

import app.safepost.school.LogoImage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * The new school's logo, optional: the file is held until the school is added, when the service checks
 * it; what is wrong with it shows beside the upload, in a live region so a screen reader announces it.
 */
class NewSchoolLogo extends Composite<Div> implements HasValidation {

    private final Span chosen = new Span("No logo chosen: the header will show the school's name alone.");
    private final Span refusal = new Span();
    private byte @Nullable [] logo;

    NewSchoolLogo() {
        var label = new Span("Logo (optional: PNG or JPEG, at most 512 KB and 2,000 pixels each way)");
        label.setId("new-school-logo-label");
        var upload = new Upload();
        upload.setId("new-school-logo");
        upload.getElement().setAttribute("aria-labelledby", "new-school-logo-label");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoImage.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> take(metadata.fileName(), bytes)));
        upload.addFileRejectedListener(e -> {
            logo = null;
            setErrorMessage("A logo must be a PNG or JPEG image of at most 512 KB.");
            setInvalid(true);
        });
        upload.addFileRemovedListener(e -> take(null, null));
        chosen.setId("new-school-logo-chosen");
        refusal.setId("new-school-logo-refusal");
        refusal.addClassName("school-logo-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.getElement().setAttribute("aria-live", "assertive");
        getContent().add(label, upload, chosen, refusal);
    }

    /** Holds the file until the school is added; a file of {@code null} takes the logo away. */
    void take(@Nullable String fileName, byte @Nullable [] bytes) {
        logo = bytes;
        setInvalid(false);
        chosen.setText(
                bytes == null
                        ? "No logo chosen: the header will show the school's name alone."
                        : "Logo chosen: " + fileName + ".");
    }

    byte @Nullable [] logo() {
        return logo;
    }

    @Override
    public void setErrorMessage(String message) {
        refusal.setText(message);
    }

    @Override
    public String getErrorMessage() {
        return refusal.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        if (!invalid) {
            refusal.setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return !refusal.getText().isEmpty();
    }
}
