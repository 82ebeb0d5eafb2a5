package app.safepost.media.ui.parts;

import app.safepost.media.CoverStyle;
import app.safepost.media.CoversRefused;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoCover;
import app.safepost.media.PhotoFace;
import app.safepost.media.Region;
import app.safepost.media.domain.CoverRenderer;
import app.safepost.pupils.PupilId;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
    public record PupilChoice(PupilId id, String label, boolean imageConsent) {
    }

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

    private static final String PIXELATE = "Pixelate";
    private static final String EMOJI = "Emoji sticker";

    private final MediaLibrary media;
    private final MediaId photo;
    private final List<PupilChoice> pupils;
    private final Consumer<MediaSummary> onSaved;
    private final int width;
    private final int height;
    private final Canvas canvas;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<CoverRow> coverRows = new ArrayList<>();
    private final Div problems = new Div();
    private final Image preview = new Image();
    private final Paragraph previewNote = new Paragraph();
    private final Paragraph faceStatus = new Paragraph();
    private final FaceHints hints;

    /** The cover editor offering every face the photo's analysis found. */
    public CoverEditorDialog(MediaLibrary media, MediaId photo, List<PupilChoice> pupils,
                             Consumer<MediaSummary> onSaved) {
        this(media, photo, pupils, new FaceHints(media.analysis(photo).faces(), Set.of(), List.of()), onSaved);
    }

    public CoverEditorDialog(MediaLibrary media, MediaId photo, List<PupilChoice> pupils, FaceHints hints,
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

        canvas = new Canvas(summary);
        var help = new Paragraph("Draw a rectangle over each face to cover, or use \"Add a cover\" and type its"
                + " position and size in pixels (the photo is " + width + " × " + height + "). Pixelation is"
                + " coarse and cannot be undone once the photo is published.");
        var noConsent = pupils.stream().filter(p -> !p.imageConsent()).map(PupilChoice::label).toList();
        var consent = new Paragraph(noConsent.isEmpty() ? "Every pupil listed has image consent."
                : "No image consent: " + String.join(", ", noConsent) + ". If they are in the photo, cover them.");
        consent.setId("cover-consent-note");

        problems.setId("cover-problems");
        problems.addClassName("cover-problems");
        problems.getElement().setAttribute("role", "alert");

        var add = new Button("Add a cover", e -> addRow(PhotoCover.pixelate(width / 4, height / 4,
                Math.max(8, width / 4), Math.max(8, height / 4), null)));
        add.setId("add-cover");
        var coverFaces = new Button("Cover every face not assigned to a pupil with consent", e -> coverUnassignedFaces());
        coverFaces.setId("cover-unassigned-faces");
        coverFaces.setVisible(!hints.faces().isEmpty());
        var coverText = new Button("Cover the text naming a pupil", e -> hints.textToCover().forEach(this::coverRegion));
        coverText.setId("cover-text");
        coverText.setVisible(!hints.textToCover().isEmpty());
        faceStatus.setId("cover-face-status");
        faceStatus.getElement().setAttribute("role", "status");
        rows.setId("cover-rows");
        rows.setPadding(false);

        preview.setId("cover-preview");
        preview.setAlt("Preview of the photo as it will be published");
        preview.addClassName("cover-preview");
        preview.getStyle().set("display", "block").set("max-width", "min(640px, 100%)").set("height", "auto");
        preview.setVisible(false);
        previewNote.setId("cover-preview-note");
        previewNote.getElement().setAttribute("role", "status");

        var previewButton = new Button("Preview", e -> showPreview());
        previewButton.setId("preview-covers");
        var save = new Button("Save covers", e -> save());
        save.setId("save-covers");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button("Close", e -> close());

        var side = new VerticalLayout(help, consent, faceStatus, new HorizontalLayout(add, coverFaces, coverText), rows,
                problems);
        side.setPadding(false);
        var body = new HorizontalLayout(canvas, side);
        body.setWrap(true);
        body.setAlignItems(FlexComponent.Alignment.START);
        add(body, previewNote, preview);
        getFooter().add(close, previewButton, save);
        summary.covers().forEach(this::addRow);
        showFaceStatus();
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
        var row = new CoverRow(coverRows.size() + 1, cover);
        coverRows.add(row);
        rows.add(row);
        canvas.showOutlines();
    }

    void removeRow(CoverRow row) {
        coverRows.remove(row);
        rows.remove(row);
        for (int i = 0; i < coverRows.size(); i++) {
            coverRows.get(i).number(i + 1);
        }
        canvas.showOutlines();
    }

    void showPreview() {
        if (!checkFields()) {
            return;
        }
        try {
            var covers = covers();
            var bytes = media.preview(photo, covers);
            var type = media.find(photo).map(MediaSummary::contentType).orElse("image/jpeg");
            preview.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                    "preview" + (type.equals("image/png") ? ".png" : ".jpg"), type, bytes.length)).inline());
            preview.setVisible(true);
            preview.scrollIntoView();
            previewNote.setText("Preview with " + covers.size() + (covers.size() == 1 ? " cover" : " covers")
                    + ", rendered by the portal as it will be published. Not saved yet.");
        } catch (CoversRefused refused) {
            showProblems(refused);
        }
    }

    void save() {
        if (!checkFields()) {
            return;
        }
        try {
            var saved = media.cover(photo, covers());
            problems.removeAll();
            canvas.reload();
            previewNote.setText("Covers saved.");
            onSaved.accept(saved);
            close();
        } catch (CoversRefused refused) {
            showProblems(refused);
        }
    }

    /** One click on a face: a pixelated cover a little larger than the face's box, so hair and chin go too. */
    void coverFace(PhotoFace face) {
        coverRegion(face.box());
    }

    void coverUnassignedFaces() {
        var covers = covers();
        hints.faces().stream().filter(f -> !hints.leaveUncovered().contains(f.id()) && !f.coveredBy(covers))
                .forEach(this::coverFace);
    }

    private void coverRegion(Region box) {
        int padX = Math.max(2, box.width() / 6);
        int padY = Math.max(2, box.height() / 6);
        int x = Math.max(0, box.x() - padX);
        int y = Math.max(0, box.y() - padY);
        addRow(PhotoCover.pixelate(x, y, Math.max(CoverRenderer.MIN_SIDE, Math.min(width - x, box.width() + 2 * padX)),
                Math.max(CoverRenderer.MIN_SIDE, Math.min(height - y, box.height() + 2 * padY)), null));
    }

    /** Which faces the covers as drawn now hide: updated with every change, before anything is saved. */
    private void showFaceStatus() {
        if (hints.faces().isEmpty()) {
            faceStatus.setText("The portal found no face in this photo. Check it yourself all the same.");
            return;
        }
        var covers = covers();
        var uncovered = hints.faces().stream().filter(f -> !f.coveredBy(covers)).map(f -> f.id().substring(1)).toList();
        faceStatus.setText(hints.faces().size() + (hints.faces().size() == 1 ? " face" : " faces") + " found; "
                + (uncovered.isEmpty() ? "all covered." : "not covered: face " + String.join(", ", uncovered)
                + ". Click a face on the photo to cover it."));
    }

    private boolean checkFields() {
        problems.removeAll();
        coverRows.forEach(CoverRow::clearError);
        boolean complete = true;
        for (var row : coverRows) {
            complete &= row.checkComplete();
        }
        return complete;
    }

    private void showProblems(CoversRefused refused) {
        problems.removeAll();
        for (var problem : refused.problems()) {
            var row = rowNamedIn(problem);
            if (row != null) {
                row.showError(problem.substring(problem.indexOf(':') + 1).strip());
            } else {
                problems.add(new Paragraph(problem));
            }
        }
        problems.add(new Paragraph("Nothing was saved. Correct the covers marked and try again."));
    }

    private @Nullable CoverRow rowNamedIn(String problem) {
        if (!problem.startsWith("Cover ")) {
            return null;
        }
        try {
            int number = Integer.parseInt(problem.substring(6, problem.indexOf(':')));
            return number >= 1 && number <= coverRows.size() ? coverRows.get(number - 1) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One cover's fields: position and size in pixels, style, emoji, and whose face. */
    final class CoverRow extends Div {

        final IntegerField x = pixels("X");
        final IntegerField y = pixels("Y");
        final IntegerField coverWidth = pixels("Width");
        final IntegerField coverHeight = pixels("Height");
        final Select<String> style = new Select<>();
        final Select<String> emoji = new Select<>();
        final ComboBox<PupilChoice> pupil = new ComboBox<>("Whose face");
        private final H3 title = new H3();
        private final Paragraph error = new Paragraph();

        CoverRow(int number, PhotoCover cover) {
            addClassName("cover-row");
            number(number);
            x.setValue(cover.x());
            y.setValue(cover.y());
            coverWidth.setValue(cover.width());
            coverHeight.setValue(cover.height());
            style.setLabel("Cover with");
            style.setItems(PIXELATE, EMOJI);
            style.setValue(cover.style() == CoverStyle.EMOJI ? EMOJI : PIXELATE);
            emoji.setLabel("Emoji");
            emoji.setItems(PhotoCover.EMOJIS);
            emoji.setValue(cover.emoji() == null ? PhotoCover.EMOJIS.getFirst() : cover.emoji());
            emoji.setVisible(cover.style() == CoverStyle.EMOJI);
            style.addValueChangeListener(e -> emoji.setVisible(EMOJI.equals(e.getValue())));
            pupil.setItems(pupils);
            pupil.setItemLabelGenerator(p -> p.label() + (p.imageConsent() ? "" : " (no image consent)"));
            pupil.setClearButtonVisible(true);
            pupil.setPlaceholder("Not named");
            if (cover.pupil() != null) {
                pupils.stream().filter(p -> p.id().equals(cover.pupil())).findFirst().ifPresent(pupil::setValue);
            }
            for (var field : List.of(x, y, coverWidth, coverHeight)) {
                field.addValueChangeListener(e -> canvas.showOutlines());
            }
            var remove = new Button("Remove", e -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", "Remove " + title.getText());
            error.addClassName("cover-row-error");
            error.getElement().setAttribute("role", "alert");
            var position = new HorizontalLayout(x, y, coverWidth, coverHeight);
            position.setWrap(true);
            var kind = new HorizontalLayout(style, emoji, pupil, remove);
            kind.setWrap(true);
            kind.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(title, position, kind, error);
        }

        void number(int number) {
            title.setText("Cover " + number);
        }

        @Nullable PhotoCover cover() {
            if (x.getValue() == null || y.getValue() == null || coverWidth.getValue() == null
                    || coverHeight.getValue() == null) {
                return null;
            }
            var who = pupil.getValue() == null ? null : pupil.getValue().id();
            return EMOJI.equals(style.getValue())
                    ? PhotoCover.emoji(x.getValue(), y.getValue(), coverWidth.getValue(), coverHeight.getValue(),
                    emoji.getValue(), who)
                    : PhotoCover.pixelate(x.getValue(), y.getValue(), coverWidth.getValue(), coverHeight.getValue(), who);
        }

        boolean checkComplete() {
            boolean complete = true;
            for (var field : List.of(x, y, coverWidth, coverHeight)) {
                if (field.getValue() == null) {
                    field.setErrorMessage("Enter a whole number of pixels.");
                    field.setInvalid(true);
                    complete = false;
                }
            }
            return complete;
        }

        void clearError() {
            error.setText("");
            for (var field : List.of(x, y, coverWidth, coverHeight)) {
                field.setInvalid(false);
            }
        }

        void showError(String message) {
            error.setText(message);
            for (var field : List.of(x, y, coverWidth, coverHeight)) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }

        String errorText() {
            return error.getText();
        }

        private static IntegerField pixels(String label) {
            var field = new IntegerField(label);
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new Span("px"));
            // Wide enough for four digits beside the step buttons and the unit.
            field.setWidth("11em");
            return field;
        }
    }

    /** The photo with outlines of the covers; a small script lets the mouse draw new ones. */
    final class Canvas extends Div {

        private final Image image = new Image();
        private final Div outlines = new Div();
        private final Div faces = new Div();

        Canvas(MediaSummary summary) {
            addClassName("cover-canvas");
            setId("cover-canvas");
            // Positioning inline, so drawing works even before media.css has loaded.
            getStyle().set("position", "relative").set("display", "inline-block").set("touch-action", "none")
                    .set("cursor", "crosshair").set("user-select", "none").set("max-width", "min(640px, 100%)");
            image.getStyle().set("display", "block").set("max-width", "100%").set("height", "auto");
            outlines.getStyle().set("position", "absolute").set("inset", "0").set("pointer-events", "none");
            image.setAlt("The photo to cover; draw a rectangle over a face with the mouse");
            image.addClassName("cover-canvas-image");
            outlines.addClassName("cover-outlines");
            outlines.getElement().setAttribute("aria-hidden", "true");
            faces.addClassName("face-box-layer");
            faces.getStyle().set("position", "absolute").set("inset", "0");
            for (var face : hints.faces()) {
                var box = new NativeButton("", e -> coverFace(face));
                box.add(new Span(face.id().substring(1)));
                box.addClassName("face-box");
                FaceBoxes.styleBox(box);
                box.getElement().setAttribute("data-face", face.id());
                box.getElement().setAttribute("aria-label", "Cover face " + face.id().substring(1) + ", "
                        + face.box().whereIn(width, height));
                box.getStyle().set("left", percent(face.box().x(), width))
                        .set("top", percent(face.box().y(), height)).set("width", percent(face.box().width(), width))
                        .set("height", percent(face.box().height(), height));
                faces.add(box);
            }
            add(image, outlines, faces);
            reload();
            getElement().executeJs("""
                    const canvas = this;
                    const img = canvas.querySelector('img');
                    let start = null, box = null;
                    const point = e => { const r = img.getBoundingClientRect();
                        return { x: Math.max(0, Math.min(e.clientX - r.left, r.width)),
                                 y: Math.max(0, Math.min(e.clientY - r.top, r.height)), r }; };
                    canvas.addEventListener('pointerdown', e => {
                        if (e.button !== 0 || e.target.closest('.face-box')) return;
                        start = point(e);
                        box = document.createElement('div');
                        box.className = 'cover-drawing';
                        Object.assign(box.style, { position: 'absolute', border: '3px dashed #ffd400',
                            outline: '2px solid #1a1a1a', boxSizing: 'border-box', pointerEvents: 'none' });
                        canvas.appendChild(box);
                        canvas.setPointerCapture(e.pointerId);
                        e.preventDefault();
                    });
                    canvas.addEventListener('pointermove', e => {
                        if (!start) return;
                        const p = point(e);
                        Object.assign(box.style, { left: Math.min(start.x, p.x) + 'px', top: Math.min(start.y, p.y) + 'px',
                            width: Math.abs(p.x - start.x) + 'px', height: Math.abs(p.y - start.y) + 'px' });
                    });
                    canvas.addEventListener('pointerup', e => {
                        if (!start) return;
                        const p = point(e);
                        const scale = img.naturalWidth / p.r.width;
                        const x = Math.round(Math.min(start.x, p.x) * scale), y = Math.round(Math.min(start.y, p.y) * scale);
                        const w = Math.round(Math.abs(p.x - start.x) * scale), h = Math.round(Math.abs(p.y - start.y) * scale);
                        box.remove();
                        start = null;
                        if (w >= 8 && h >= 8) canvas.$server.drawn(x, y, w, h);
                    });
                    """);
        }

        void reload() {
            image.setSrc(DownloadHandler.fromInputStream(event -> {
                var bytes = media.publishedImage(photo);
                var type = media.find(photo).map(MediaSummary::contentType).orElse("image/jpeg");
                return new DownloadResponse(new ByteArrayInputStream(bytes), "photo", type, bytes.length);
            }).inline());
        }

        /** A rectangle drawn with the mouse, in the photo's own pixels. */
        @ClientCallable
        void drawn(int x, int y, int w, int h) {
            int left = Math.clamp(x, 0, width - 1);
            int top = Math.clamp(y, 0, height - 1);
            addRow(PhotoCover.pixelate(left, top, Math.min(w, width - left), Math.min(h, height - top), null));
        }

        void showOutlines() {
            showFaceStatus();
            outlines.removeAll();
            for (var row : coverRows) {
                var cover = row.cover();
                if (cover == null) {
                    continue;
                }
                var outline = new Div();
                outline.addClassName("cover-outline");
                outline.getStyle().set("position", "absolute").set("box-sizing", "border-box")
                        .set("border", "3px dashed #ffd400").set("outline", "2px solid #1a1a1a").set("left", percent(cover.x(), width)).set("top", percent(cover.y(), height))
                        .set("width", percent(cover.width(), width)).set("height", percent(cover.height(), height));
                outlines.add(outline);
            }
        }

        private static String percent(int value, int of) {
            return String.format(java.util.Locale.ROOT, "%.3f%%", 100.0 * value / of);
        }
    }
}
