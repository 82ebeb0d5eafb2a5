package app.safepost.media.ui.parts;

import app.safepost.media.CoversRefused;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoCover;
import app.safepost.media.PhotoFace;
import app.safepost.media.Region;
import app.safepost.media.domain.CoverRenderer;
import app.safepost.pupils.PupilId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Covers the faces of pupils in a photo (P15). Draw a rectangle on the photo with the mouse, or add one
 * with "Add a cover" and set its position and size in the number fields (keyboard); choose pixelation
 * or an emoji and whose face it covers; "Preview" shows the result the server renders; "Save covers"
 * keeps them. The faces the portal found are outlined: one click covers a face, one action covers every face
 * not assigned to a pupil with consent, and a line says which faces the covers as drawn hide. The photo
 * shown is the published one, so pixels under saved covers never reach the browser.
 */
@StyleSheet("context://media.css")
public class CoverEditorDialog extends Dialog {

    /** A pupil who may appear in the photo, with their image consent (P14). */
    public record PupilChoice(PupilId id, String label, boolean imageConsent) {}

    /**
     * The faces the portal found, to cover with one click; those to leave uncovered by "Cover every face
     * not assigned to a pupil with consent" (faces of consenting pupils, adults and not faces); and
     * regions of text that name a pupil.
     */
    public record FaceHints(List<PhotoFace> faces, Set<String> leaveUncovered, List<Region> textToCover) {
        public FaceHints {
            faces = List.copyOf(faces);
            leaveUncovered = Set.copyOf(leaveUncovered);
            textToCover = List.copyOf(textToCover);
        }
    }

    private final MediaLibrary media;
    private final MediaId photo;
    private final List<PupilChoice> pupils;
    private final Consumer<MediaSummary> onSaved;
    private final int width;
    private final int height;
    private final CoverCanvas canvas;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<CoverRow> coverRows = new ArrayList<>();
    private final CoverProblems problems = new CoverProblems();
    private final CoverPreview preview = new CoverPreview();
    private final FaceStatusLine faceStatus = new FaceStatusLine();
    private final FaceHints hints;

    /** The cover editor offering every face the photo's analysis found. */
    public CoverEditorDialog(
            MediaLibrary media, MediaId photo, List<PupilChoice> pupils, Consumer<MediaSummary> onSaved) {
        this(media, photo, pupils, new FaceHints(media.analysis(photo).faces(), Set.of(), List.of()), onSaved);
    }

    public CoverEditorDialog(
            MediaLibrary media,
            MediaId photo,
            List<PupilChoice> pupils,
            FaceHints hints,
            Consumer<MediaSummary> onSaved) {
        this.media = media;
        this.hints = hints;
        this.photo = photo;
        this.pupils = List.copyOf(pupils);
        this.onSaved = onSaved;
        var summary = media.find(photo).orElseThrow(() -> new IllegalArgumentException("There is no such photo."));
        this.width = summary.width();
        this.height = summary.height();
        setHeaderTitle("Cover faces");
        addClassName("cover-editor");
        setWidth("min(1100px, 95vw)");
        canvas = new CoverCanvas(media, summary, hints.faces(), this::coverFace, this::addRow);
        var previewButton = new Button("Preview", e -> showPreview());
        previewButton.setId("preview-covers");
        var save = new Button("Save covers", e -> save());
        save.setId("save-covers");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button("Close", e -> close());
        var body = new HorizontalLayout(canvas, side());
        body.setWrap(true);
        body.setAlignItems(FlexComponent.Alignment.START);
        add(body, preview);
        getFooter().add(close, previewButton, save);
        summary.covers().forEach(this::addRow);
        showFaceStatus();
    }

    /** The help, the consent note, the actions that add covers, and a row of fields for each cover. */
    private VerticalLayout side() {
        var help = new Paragraph("Draw a rectangle over each face to cover, or use \"Add a cover\" and type its"
                + " position and size in pixels (the photo is " + width + " × " + height + "). Pixelation is"
                + " coarse and cannot be undone once the photo is published.");
        var noConsent = pupils.stream()
                .filter(p -> !p.imageConsent())
                .map(PupilChoice::label)
                .toList();
        var consent = new Paragraph(
                noConsent.isEmpty()
                        ? "Every pupil listed has image consent."
                        : "No image consent: " + String.join(", ", noConsent)
                                + ". If they are in the photo, cover them.");
        consent.setId("cover-consent-note");
        var add = new Button(
                "Add a cover",
                e -> addRow(PhotoCover.pixelate(
                        width / 4, height / 4, Math.max(8, width / 4), Math.max(8, height / 4), null)));
        add.setId("add-cover");
        var coverFaces =
                new Button("Cover every face not assigned to a pupil with consent", e -> coverUnassignedFaces());
        coverFaces.setId("cover-unassigned-faces");
        coverFaces.setVisible(!hints.faces().isEmpty());
        var coverText = new Button(
                "Cover the text naming a pupil", e -> hints.textToCover().forEach(this::coverRegion));
        coverText.setId("cover-text");
        coverText.setVisible(!hints.textToCover().isEmpty());
        rows.setId("cover-rows");
        rows.setPadding(false);
        var side = new VerticalLayout(
                help, consent, faceStatus, new HorizontalLayout(add, coverFaces, coverText), rows, problems);
        side.setPadding(false);
        return side;
    }

    /** The covers as the fields now describe them (unsaved until "Save covers"). */
    public List<PhotoCover> covers() {
        return coverRows.stream().map(CoverRow::cover).filter(Objects::nonNull).toList();
    }

    /** The rows, in order, for tests and for the keyboard path. */
    List<CoverRow> rows() {
        return List.copyOf(coverRows);
    }

    void addRow(PhotoCover cover) {
        var row = new CoverRow(coverRows.size() + 1, cover, pupils, this::coversChanged, this::removeRow);
        coverRows.add(row);
        rows.add(row);
        coversChanged();
    }

    void removeRow(CoverRow row) {
        coverRows.remove(row);
        rows.remove(row);
        for (int i = 0; i < coverRows.size(); i++) {
            coverRows.get(i).number(i + 1);
        }
        coversChanged();
    }

    /** The photo the covers are drawn on, for tests. */
    CoverCanvas canvas() {
        return canvas;
    }

    private void coversChanged() {
        showFaceStatus();
        canvas.showOutlines(covers());
    }

    void showPreview() {
        if (!problems.checkFields(coverRows)) {
            return;
        }
        try {
            var covers = covers();
            var bytes = media.preview(photo, covers);
            var type = media.find(photo).map(MediaSummary::contentType).orElse("image/jpeg");
            preview.show(bytes, type, covers.size());
        } catch (CoversRefused refused) {
            problems.show(refused, coverRows);
        }
    }

    void save() {
        if (!problems.checkFields(coverRows)) {
            return;
        }
        try {
            var saved = media.cover(photo, covers());
            problems.removeAll();
            canvas.reload();
            preview.note("Covers saved.");
            onSaved.accept(saved);
            close();
        } catch (CoversRefused refused) {
            problems.show(refused, coverRows);
        }
    }

    /** One click on a face: a pixelated cover a little larger than the face's box, so hair and chin go too. */
    void coverFace(PhotoFace face) {
        coverRegion(face.box());
    }

    void coverUnassignedFaces() {
        var covers = covers();
        hints.faces().stream()
                .filter(f -> !hints.leaveUncovered().contains(f.id()) && !f.coveredBy(covers))
                .forEach(this::coverFace);
    }

    private void coverRegion(Region box) {
        int padX = Math.max(2, box.width() / 6);
        int padY = Math.max(2, box.height() / 6);
        int x = Math.max(0, box.x() - padX);
        int y = Math.max(0, box.y() - padY);
        addRow(PhotoCover.pixelate(
                x,
                y,
                Math.max(CoverRenderer.MIN_SIDE, Math.min(width - x, box.width() + 2 * padX)),
                Math.max(CoverRenderer.MIN_SIDE, Math.min(height - y, box.height() + 2 * padY)),
                null));
    }

    private void showFaceStatus() {
        faceStatus.show(hints.faces(), covers());
    }
}
