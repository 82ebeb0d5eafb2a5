package app.safepost.drafting.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.common.ui.Notices;
import app.safepost.drafting.DraftContent;
import app.safepost.media.CoversRefused;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoCover;
import app.safepost.media.Region;
import app.safepost.media.ui.parts.CoverEditorDialog;
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
 * it (the class's pupils by full name, consent shown) and the cover editor. The
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

    private Map<UUID, List<Region>> textToCover = Map.of();

    private record Entry(
            UUID mediaId,
            Div row,
            TextField altText,
            MultiSelectComboBox<ClassPupil> pupils,
            PhotoFacesSection faces,
            Button coverText) {}

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
                    addEntry(new DraftContent.AttachedPhoto(photo.id().value(), ""), List.of());
                    changed.run();
                }
            });
            add(upload);
        }
        add(list);
    }

    /**
     * The pupils who may be in this account's photos: its class's, or every class for the whole school,
     * with consent as the account's purpose needs it.
     */
    void forAccount(AccountSummary account) {
        upns = roster.upnsOfVisiblePupils();
        choices = account.owningClass() == null
                ? roster.classPupils(account.purpose())
                : roster.classPupils(account.owningClass(), account.purpose());
        entries.forEach(e -> {
            var selected = e.pupils().getSelectedItems();
            e.pupils().setItems(choices);
            e.pupils().select(selected.stream().filter(choices::contains).toList());
            e.faces().forPupils(choices, upns);
        });
    }

    void show(DraftContent content) {
        entries.clear();
        list.removeAll();
        var byUpn = upns.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        for (var photo : content.photos()) {
            var shown = content.pupilsShown().stream()
                    .filter(p -> photo.mediaId().equals(p.mediaId()))
                    .map(p -> byUpn.get(p.upn()))
                    .toList();
            addEntry(photo, shown);
        }
    }

    List<DraftContent.AttachedPhoto> photos() {
        return entries.stream()
                .map(e -> new DraftContent.AttachedPhoto(
                        e.mediaId(),
                        e.altText().getValue(),
                        e.faces().assignments(),
                        e.faces().facesChecked()))
                .toList();
    }

    /** The regions of each photo whose words the checks object to, offered for covering in one click. */
    void showTextToCover(Map<UUID, List<Region>> regions) {
        textToCover = regions;
        entries.forEach(e -> e.coverText().setVisible(editable && regions.containsKey(e.mediaId())));
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

    private void addEntry(DraftContent.AttachedPhoto attached, List<PupilId> shown) {
        var mediaId = attached.mediaId();
        var altText = attached.altText();
        var photo = new MediaId(mediaId);
        var summary = media.find(photo);
        if (summary.isEmpty()) {
            return; // discarded since, or not the caller's to see
        }
        int number = entries.size() + 1;
        var alt = DraftPhotoFields.altText(number, altText, editable, changed);
        var pupils = DraftPhotoFields.pupils(number, shown, choices, editable, changed);
        var faces = new PhotoFacesSection(
                media,
                summary.get(),
                number,
                attached,
                editable,
                changed,
                id -> pupils.getListDataView()
                        .getItems()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .ifPresent(pupils::select));
        faces.forPupils(choices, upns);
        var coverText = new Button("Cover the text naming a pupil in photo " + number, e -> coverText(photo));
        coverText.setVisible(false);
        var row = new Div(alt, pupils, faces);
        row.addClassName("draft-photo");
        var entry = new Entry(mediaId, row, alt, pupils, faces, coverText);
        if (editable) {
            var cover = coverFacesButton(number, photo, faces);
            row.add(cover, coverText, removeButton(number, entry, row));
        }
        entries.add(entry);
        list.add(row);
    }

    private Button removeButton(int number, Entry entry, Div row) {
        var remove = new Button("Remove photo " + number, e -> {
            entries.remove(entry);
            list.remove(row);
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private Button coverFacesButton(int number, MediaId photo, PhotoFacesSection faces) {
        return new Button(
                "Cover faces in photo " + number,
                e -> new CoverEditorDialog(
                                media,
                                photo,
                                choices.stream()
                                        .map(p -> new CoverEditorDialog.PupilChoice(
                                                p.id(),
                                                p.shownAs() + (p.neverPublish() ? " – may not appear in any post" : ""),
                                                p.imageConsent()))
                                        .toList(),
                                faces.hints(textToCover.getOrDefault(photo.value(), List.of())),
                                saved -> {
                                    faces.refresh();
                                    changed.run();
                                })
                        .open());
    }

    /** Covers every region of the photo whose words name a pupil, pixelated, and saves the covers. */
    private void coverText(MediaId photo) {
        var covers = new ArrayList<>(media.find(photo).map(MediaSummary::covers).orElse(List.of()));
        textToCover
                .getOrDefault(photo.value(), List.of())
                .forEach(r -> covers.add(PhotoCover.pixelate(
                        r.x(),
                        r.y(),
                        Math.max(PhotoCover.MIN_SIDE, r.width()),
                        Math.max(PhotoCover.MIN_SIDE, r.height()),
                        null)));
        try {
            media.cover(photo, covers);
        } catch (CoversRefused refused) {
            Notices.failed(refused.getMessage());
        }
        entries.stream()
                .filter(e -> e.mediaId().equals(photo.value()))
                .forEach(e -> e.faces().refresh());
        changed.run();
    }
}
