package app.safepost.drafting.ui;

import app.safepost.drafting.DraftContent;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoAnalysis;
import app.safepost.media.PhotoFace;
import app.safepost.media.Region;
import app.safepost.media.ui.parts.CoverEditorDialog;
import app.safepost.media.ui.parts.FaceBoxes;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.PupilId;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One photo's faces in the draft editor (P15): the photo with the faces the portal found outlined, who
 * each face is (a pupil, an adult, not a face), which are covered, and the author's confirmation that
 * they checked every face. While the photo is still being analysed it shows progress and asks the
 * server every second; the boxes appear when the analysis is done.
 */
class PhotoFacesSection extends Div {

    static final String ADULT = "Adult";
    static final String NOT_A_FACE = "Not a face";

    private final MediaLibrary media;
    private final MediaId photo;
    private final int number;
    private final boolean editable;
    private final Runnable changed;
    private final Consumer<PupilId> pupilChosen;
    private final FaceBoxes boxes;
    private final Div progress = new Div();
    private final Div faceList = new Div();
    private final Checkbox checked;
    private final Map<String, Select<String>> assignments = new LinkedHashMap<>();
    private Map<String, String> given;
    private List<ClassPupil> pupils = List.of();
    private Map<PupilId, String> upns = Map.of();
    private PhotoAnalysis analysis;
    private MediaSummary summary;
    private final AnalysisPolling polling = new AnalysisPolling(this::poll);

    PhotoFacesSection(
            MediaLibrary media,
            MediaSummary summary,
            int number,
            DraftContent.AttachedPhoto attached,
            boolean editable,
            Runnable changed,
            Consumer<PupilId> pupilChosen) {
        this.media = media;
        this.photo = summary.id();
        this.summary = summary;
        this.number = number;
        this.editable = editable;
        this.changed = changed;
        this.pupilChosen = pupilChosen;
        this.given = new TreeMap<>(attached.faces());
        addClassName("photo-faces");
        setId("photo-faces-" + number);
        boxes = new FaceBoxes(
                media,
                photo,
                attached.altText().isBlank() ? "Photo " + number : attached.altText(),
                summary.width(),
                summary.height());
        checked = new Checkbox("I have checked every face in photo " + number, attached.facesChecked());
        checked.setId("faces-checked-" + number);
        checked.setReadOnly(!editable);
        checked.setHelperText("The portal may miss a face: look at the whole photo before you tick this.");
        checked.addValueChangeListener(e -> changed.run());
        progress.addClassName("analysis-progress");
        faceList.addClassName("face-list");
        add(boxes, progress, faceList, checked);
        analysis = media.analysis(photo);
        render();
    }

    /** The pupils a face may be: the account's class's, or every class for the whole school. */
    void forPupils(List<ClassPupil> choices, Map<PupilId, String> upnsOfPupils) {
        given = assignments();
        pupils = choices;
        upns = upnsOfPupils;
        render();
    }

    /** Who each face is, by face id: a UPN, {@code adult} or {@code not-a-face}. */
    Map<String, String> assignments() {
        if (!analysis.done()) {
            return new TreeMap<>(given);
        }
        var out = new TreeMap<String, String>();
        var byLabel = new LinkedHashMap<String, String>();
        pupils.forEach(p -> byLabel.put(DraftPhotoFields.label(p), upns.get(p.id())));
        assignments.forEach((face, select) -> {
            var value = select.getValue();
            if (ADULT.equals(value)) {
                out.put(face, DraftContent.ADULT);
            } else if (NOT_A_FACE.equals(value)) {
                out.put(face, DraftContent.NOT_A_FACE);
            } else if (value != null && byLabel.get(value) != null) {
                out.put(face, byLabel.get(value));
            }
        });
        return out;
    }

    boolean facesChecked() {
        return checked.getValue();
    }

    /**
     * What the cover editor offers: the faces, those to leave uncovered (faces of pupils with consent,
     * adults, not faces) and the text regions to cover.
     */
    CoverEditorDialog.FaceHints hints(List<Region> textToCover) {
        var leave = new HashSet<String>();
        var consenting = new HashSet<String>();
        pupils.stream().filter(ClassPupil::imageConsent).forEach(p -> consenting.add(upns.get(p.id())));
        assignments().forEach((face, to) -> {
            if (!to.equals(DraftContent.ADULT) && !to.equals(DraftContent.NOT_A_FACE) && !consenting.contains(to)) {
                return;
            }
            leave.add(face);
        });
        return new CoverEditorDialog.FaceHints(analysis.faces(), leave, textToCover);
    }

    /** After the covers changed: the image and which faces are covered. */
    void refresh() {
        given = assignments();
        summary = media.find(photo).orElse(summary);
        boxes.refresh();
        render();
    }

    private void render() {
        progress.removeAll();
        faceList.removeAll();
        assignments.clear();
        if (analysis.state() == PhotoAnalysis.State.PENDING) {
            progress.add(AnalysisPolling.progress(analysis.step(), number));
            boxes.show(List.of(), f -> "", null);
            return;
        }
        if (analysis.state() == PhotoAnalysis.State.FAILED) {
            progress.add(new Span(
                    "The portal could not look for faces in photo " + number + ": check every face yourself."));
        }
        boxes.show(analysis.faces(), this::describe, editable ? this::focus : null);
        var found = analysis.faces().size();
        faceList.add(new Paragraph(
                found == 0
                        ? "The portal found no face in photo " + number + "."
                        : found + (found == 1 ? " face" : " faces") + " found in photo " + number
                                + ". Say who each is, or cover it."));
        analysis.faces().forEach(face -> faceList.add(faceRow(face)));
    }

    private Div faceRow(PhotoFace face) {
        var select = new Select<String>();
        var name =
                "Face " + face.id().substring(1) + " (" + face.box().whereIn(summary.width(), summary.height()) + ")";
        select.setLabel(name);
        select.setId("face-" + number + "-" + face.id());
        var items = new ArrayList<String>();
        pupils.forEach(p -> items.add(DraftPhotoFields.label(p)));
        items.add(ADULT);
        items.add(NOT_A_FACE);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("Not said yet");
        select.setValue(DraftPhotoFields.faceChoice(given.get(face.id()), pupils, upns));
        select.setReadOnly(!editable);
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            var byLabel = pupils.stream()
                    .filter(p -> DraftPhotoFields.label(p).equals(e.getValue()))
                    .findFirst();
            byLabel.ifPresent(p -> pupilChosen.accept(p.id()));
            boxes.show(analysis.faces(), this::describe, editable ? this::focus : null);
            changed.run();
        });
        assignments.put(face.id(), select);
        var covered = new Span(face.coveredBy(summary.covers()) ? "covered" : "not covered");
        covered.addClassName("face-covered");
        var row = new Div(select, covered);
        row.addClassName("face-row");
        return row;
    }

    private String describe(PhotoFace face) {
        var select = assignments.get(face.id());
        var who = select == null || select.getValue() == null ? "not said yet" : select.getValue();
        return who + (face.coveredBy(summary.covers()) ? ", covered" : "");
    }

    private void focus(PhotoFace face) {
        var select = assignments.get(face.id());
        if (select != null) {
            select.focus();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (analysis.state() == PhotoAnalysis.State.PENDING) {
            polling.start(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.stop(event.getUI());
    }

    /** Each second while the analysis runs: the progress, then the faces and the checks once it is done. */
    private boolean poll() {
        var before = analysis;
        analysis = media.analysis(photo);
        if (analysis.state() == PhotoAnalysis.State.PENDING) {
            // Most polls find the analysis where it was: the screen is redrawn only when it moved on.
            if (!analysis.equals(before)) {
                render();
            }
            return true;
        }
        render();
        changed.run();
        return false;
    }
}
