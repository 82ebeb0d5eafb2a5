package app.safepost.drafting.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.drafting.DraftContent;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.ui.parts.CoverEditorDialog;
import app.safepost.media.ui.parts.PhotoPreview;
import app.safepost.media.ui.parts.PhotoUploadField;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRoster;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The photos of a draft: upload (from the media module's parts), each photo's alt text, who is in
 * it (the class's pupils by first name and initials, consent shown) and the cover editor. The
 * portal decides from each photo's covers whether a pupil is covered; the checks then say whether
 * the photo may go out (P15).
 */
class DraftPhotos extends Div {

    private final MediaLibrary media;
    private final PupilRoster roster;
    private final Runnable changed;
    private final Div list = new Div();
    private final List<Entry> entries = new ArrayList<>();
    private final boolean editable;
    private Map<PupilId, String> upns = Map.of();
    private List<ClassPupil> choices = List.of();

    private record Entry(UUID mediaId, Div row, TextField altText, MultiSelectComboBox<ClassPupil> pupils,
                         PhotoPreview preview) {
    }

    DraftPhotos(MediaLibrary media, PupilRoster roster, boolean editable, Runnable changed) {
        this.media = media;
        this.roster = roster;
        this.editable = editable;
        this.changed = changed;
        setId("draft-photos");
        list.addClassName("draft-photo-list");
        add(new H3("Photos"));
        if (editable) {
            var upload = new PhotoUploadField(media);
            upload.addPhotoAcceptedListener(photo -> {
                if (entries.size() < DraftContent.MAX_PHOTOS) {
                    addEntry(photo.id().value(), "", List.of());
                    changed.run();
                }
            });
            add(upload);
        }
        add(list);
    }

    /** The pupils who may be in this account's photos: its class's, or every class for the whole school. */
    void forAccount(AccountSummary account) {
        upns = roster.upnsOfVisiblePupils();
        choices = account.owningClass() == null ? roster.classPupils() : roster.classPupils(account.owningClass());
        entries.forEach(e -> {
            var selected = e.pupils().getSelectedItems();
            e.pupils().setItems(choices);
            e.pupils().select(selected.stream().filter(choices::contains).toList());
        });
    }

    void show(DraftContent content) {
        entries.clear();
        list.removeAll();
        var byUpn = upns.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        for (var photo : content.photos()) {
            var shown = content.pupilsShown().stream().filter(p -> photo.mediaId().equals(p.mediaId()))
                    .map(p -> byUpn.get(p.upn())).toList();
            addEntry(photo.mediaId(), photo.altText(), shown);
        }
    }

    List<DraftContent.AttachedPhoto> photos() {
        return entries.stream().map(e -> new DraftContent.AttachedPhoto(e.mediaId(), e.altText().getValue())).toList();
    }

    /** Who each photo shows; whether they are covered is the portal's to decide from the photo's covers. */
    List<DraftContent.PupilShown> pupilsShown() {
        var shown = new ArrayList<DraftContent.PupilShown>();
        for (var entry : entries) {
            for (var pupil : entry.pupils().getSelectedItems()) {
                var upn = upns.get(pupil.id());
                if (upn != null) {
                    shown.add(new DraftContent.PupilShown(upn, false, entry.mediaId()));
                }
            }
        }
        return shown;
    }

    private void addEntry(UUID mediaId, String altText, List<PupilId> shown) {
        var photo = new MediaId(mediaId);
        if (media.find(photo).isEmpty()) {
            return; // discarded since, or not the caller's to see
        }
        int number = entries.size() + 1;
        var preview = new PhotoPreview(media, photo, altText.isBlank() ? "Photo " + number : altText).openingFullSize();
        preview.getElement().getStyle().set("width", "12em");
        var alt = new TextField("Alt text for photo " + number);
        alt.setHelperText("What the photo shows, for people who cannot see it. First names or initials only.");
        alt.setValue(altText);
        alt.setWidthFull();
        alt.setMaxLength(1000);
        alt.setReadOnly(!editable);
        alt.addValueChangeListener(e -> changed.run());
        var pupils = new MultiSelectComboBox<ClassPupil>("Who is in photo " + number);
        pupils.setItems(choices);
        pupils.setItemLabelGenerator(DraftPhotos::label);
        var byId = choices.stream().collect(Collectors.toMap(ClassPupil::id, p -> p));
        pupils.select(shown.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
        pupils.setWidthFull();
        pupils.setReadOnly(!editable);
        pupils.setHelperText("Pupils without photo consent must be covered: use Cover faces.");
        pupils.addValueChangeListener(e -> changed.run());
        var row = new Div(preview, alt, pupils);
        row.addClassName("draft-photo");
        var entry = new Entry(mediaId, row, alt, pupils, preview);
        if (editable) {
            var cover = new Button("Cover faces in photo " + number, e -> new CoverEditorDialog(media, photo,
                    choices.stream().map(p -> new CoverEditorDialog.PupilChoice(p.id(), p.knownAs() + " (" + p.initials() + ")",
                            p.imageConsent()))
                            .toList(), saved -> {
                        preview.refresh();
                        changed.run();
                    }).open());
            var remove = new Button("Remove photo " + number, e -> {
                entries.remove(entry);
                list.remove(row);
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(cover, remove);
        }
        entries.add(entry);
        list.add(row);
    }

    private static String label(ClassPupil pupil) {
        return pupil.knownAs() + " (" + pupil.initials() + ")" + (pupil.imageConsent() ? "" : " – no photo consent");
    }
}
