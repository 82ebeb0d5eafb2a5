package app.safepost.media.ui;

import app.safepost.common.SchoolTime;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.ui.parts.CoverEditorDialog;
import app.safepost.media.ui.parts.PhotoPreview;
import app.safepost.media.ui.parts.PhotoUploadField;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A member of staff's own photos: upload them (metadata stripped on the way in), see whether each came
 * from a school iPad (P3), cover faces (P15), and discard photos they no longer need. The draft editor
 * attaches photos with the same parts.
 */
@Route("photos")
@PageTitle("Photos · Safepost")
@Menu(title = "Photos", order = 30)
@RolesAllowed({Roles.TEACHER, Roles.TEACHING_ASSISTANT, Roles.SLT})
public class PhotosView extends Main {

    private final MediaLibrary media;
    private final PupilRoster roster;
    private final Div list = new Div();
    private final boolean mayReadAuditTrail =
            SignedInStaff.current().map(s -> s.hasRole(Roles.SLT)).orElse(false);

    PhotosView(MediaLibrary media, PupilRoster roster) {
        this.media = media;
        this.roster = roster;
        var upload = new PhotoUploadField(media);
        upload.addPhotoAcceptedListener(photo -> refresh());
        list.setId("my-photos");
        list.addClassName("my-photos");
        add(
                new H2("Photos"),
                new Paragraph("Photos you upload lose their location and every other piece of camera information"
                        + " before they are stored. Only you and the senior leadership team can see them."),
                upload,
                list);
        refresh();
    }

    void refresh() {
        list.removeAll();
        var photos = media.mine();
        if (photos.isEmpty()) {
            list.add(new Paragraph("You have no photos yet."));
        }
        for (var photo : photos) {
            list.add(card(photo));
        }
    }

    private Div card(MediaSummary photo) {
        var card = new Div();
        card.addClassName("photo-card");
        card.setId("photo-" + photo.id());
        var heading = new H3("Photo of " + SchoolTime.dateTime(photo.uploadedAt()));
        var preview = new PhotoPreview(
                        media, photo.id(), "Your photo uploaded " + SchoolTime.dateTime(photo.uploadedAt()))
                .openingFullSize();
        var device = new Paragraph(deviceText(photo));
        device.addClassName("photo-device");
        var covers = new Paragraph(
                photo.covers().isEmpty()
                        ? "No faces covered."
                        : photo.covers().size() + (photo.covers().size() == 1 ? " cover" : " covers")
                                + " burned in when published.");
        covers.addClassName("photo-covers");
        var cover = coverButton(photo);
        var discard = new Button("Discard", e -> {
            media.discard(photo.id());
            refresh();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
        discard.getElement()
                .setAttribute("aria-label", "Discard the photo of " + SchoolTime.dateTime(photo.uploadedAt()));
        card.add(heading, preview, device, covers, new HorizontalLayout(cover, discard));
        if (mayReadAuditTrail) {
            card.add(historyLink(photo));
        }
        return card;
    }

    private Button coverButton(MediaSummary photo) {
        var cover = new Button(
                "Cover faces",
                e -> new CoverEditorDialog(
                                media,
                                photo.id(),
                                roster.classPupils().stream()
                                        .map(p -> new CoverEditorDialog.PupilChoice(
                                                p.id(), p.shownAs() + " (" + p.className() + ")", p.imageConsent()))
                                        .toList(),
                                saved -> refresh())
                        .open());
        cover.getElement()
                .setAttribute("aria-label", "Cover faces in the photo of " + SchoolTime.dateTime(photo.uploadedAt()));
        return cover;
    }

    private Anchor historyLink(MediaSummary photo) {
        var history = new Anchor(media.historyLink(photo.id()), "History in the audit trail");
        history.getElement()
                .setAttribute(
                        "aria-label",
                        "History of the photo of " + SchoolTime.dateTime(photo.uploadedAt()) + " in the audit trail");
        history.addClassName("history-link");
        return history;
    }

    static String deviceText(MediaSummary photo) {
        return photo.fromRegisteredDevice()
                ? photo.deviceExplanation()
                : photo.deviceExplanation() + " SLT must approve it with a reason.";
    }
}
