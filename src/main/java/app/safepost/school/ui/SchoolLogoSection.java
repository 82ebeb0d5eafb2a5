package app.safepost.school.ui;

import app.safepost.common.ui.LimitedUpload;
import app.safepost.school.LogoImage;
import app.safepost.school.SchoolLogo;
import app.safepost.school.SchoolProfileService;
import app.safepost.school.Schools;
import app.safepost.security.SchoolId;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The school's logo on its profile: shown to everyone, replaced or removed by SLT, after which the page
 * reloads with it in the header of every screen. A file that cannot be the logo is refused with the
 * reason beside the upload, in a live region so a screen reader announces it.
 */
class SchoolLogoSection extends Composite<Div> {

    private final SchoolProfileService profile;
    private final Schools schools;
    private final SchoolId school;
    private final String schoolName;
    private final Div shown = new Div();
    private final Span refusal = new Span();

    SchoolLogoSection(
            SchoolProfileService profile, Schools schools, SchoolId school, String schoolName, boolean canEdit) {
        this.profile = profile;
        this.schools = schools;
        this.school = school;
        this.schoolName = schoolName;
        shown.setId("school-logo-shown");
        getContent().add(new H3("Logo"), shown);
        if (canEdit) {
            getContent().add(editor());
        }
        refresh();
    }

    private Div editor() {
        var label = new Span("A new logo (PNG or JPEG, at most 512 KB and 2,000 pixels each way)");
        label.setId("school-logo-upload-label");
        var upload = new Upload();
        upload.setId("school-logo-upload");
        upload.getElement().setAttribute("aria-labelledby", "school-logo-upload-label");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoImage.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setUploadHandler(new LimitedUpload(
                LogoImage.MAX_BYTES,
                "A logo must be a PNG or JPEG image of at most 512 KB.",
                (metadata, bytes) -> take(bytes),
                (fileName, reason) -> refuse(reason)));
        upload.addFileRejectedListener(e -> refuse("A logo must be a PNG or JPEG image of at most 512 KB."));
        refusal.setId("school-logo-refusal");
        refusal.addClassName("school-logo-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.getElement().setAttribute("aria-live", "assertive");
        var remove = new Button("Remove the logo", event -> {
            profile.removeLogo();
            reload();
        });
        remove.setId("school-logo-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new Div(label, upload, refusal, remove);
    }

    void take(byte[] bytes) {
        try {
            profile.setLogo(bytes);
            reload();
        } catch (LogoImage.Refused refused) {
            refuse(refused.getMessage());
        }
    }

    private void refuse(String reason) {
        refusal.setText(reason);
    }

    private void refresh() {
        shown.removeAll();
        schools.logo(school)
                .ifPresentOrElse(
                        logo -> shown.add(image(logo)),
                        () -> shown.add(new Paragraph("No logo yet: the header shows the school's name alone.")));
    }

    private Image image(SchoolLogo logo) {
        var bytes = logo.bytes();
        var image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(bytes), "logo", logo.mediaType(), bytes.length)),
                schoolName + " logo");
        image.setMaxHeight("6rem");
        return image;
    }

    /** The page again, so that the header shows the new logo (or none) too. */
    private static void reload() {
        UI.getCurrent().getPage().reload();
    }
}
