package app.safepost.media.ui.parts;

import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoCover;
import app.safepost.media.PhotoFace;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The photo with outlines of the covers; a small script lets the mouse draw new ones. */
final class CoverCanvas extends Div {

    private final MediaLibrary media;
    private final MediaId photo;
    private final int width;
    private final int height;
    private final Consumer<PhotoCover> onDrawn;

    /** Draws a dashed rectangle as the mouse moves; tells the server its corners in the photo's own pixels. */
    private static final String DRAWING = """
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
            """;

    private final Image image = new Image();
    private final Div outlines = new Div();
    private final Div faceBoxes = new Div();

    /** The photo of {@code summary} with {@code faces} to click on; {@code onDrawn} receives each rectangle drawn. */
    CoverCanvas(
            MediaLibrary media,
            MediaSummary summary,
            List<PhotoFace> faces,
            Consumer<PhotoFace> onFace,
            Consumer<PhotoCover> onDrawn) {
        this.media = media;
        this.photo = summary.id();
        this.width = summary.width();
        this.height = summary.height();
        this.onDrawn = onDrawn;
        addClassName("cover-canvas");
        setId("cover-canvas");
        // Positioning inline, so drawing works even before media.css has loaded.
        getStyle()
                .set("position", "relative")
                .set("display", "inline-block")
                .set("touch-action", "none")
                .set("cursor", "crosshair")
                .set("user-select", "none")
                .set("max-width", "min(640px, 100%)");
        image.getStyle().set("display", "block").set("max-width", "100%").set("height", "auto");
        outlines.getStyle().set("position", "absolute").set("inset", "0").set("pointer-events", "none");
        image.setAlt("The photo to cover; draw a rectangle over a face with the mouse");
        image.addClassName("cover-canvas-image");
        outlines.addClassName("cover-outlines");
        outlines.getElement().setAttribute("aria-hidden", "true");
        faceBoxes.addClassName("face-box-layer");
        faceBoxes.getStyle().set("position", "absolute").set("inset", "0");
        faces.forEach(face -> faceBoxes.add(faceBox(face, onFace)));
        add(image, outlines, faceBoxes);
        reload();
        getElement().executeJs(DRAWING);
    }

    private NativeButton faceBox(PhotoFace face, Consumer<PhotoFace> onFace) {
        var box = new NativeButton("", e -> onFace.accept(face));
        box.add(new Span(face.id().substring(1)));
        box.addClassName("face-box");
        FaceBoxes.styleBox(box);
        box.getElement().setAttribute("data-face", face.id());
        box.getElement()
                .setAttribute(
                        "aria-label",
                        "Cover face " + face.id().substring(1) + ", "
                                + face.box().whereIn(width, height));
        box.getStyle()
                .set("left", percent(face.box().x(), width))
                .set("top", percent(face.box().y(), height))
                .set("width", percent(face.box().width(), width))
                .set("height", percent(face.box().height(), height));
        return box;
    }

    void reload() {
        image.setSrc(DownloadHandler.fromInputStream(event -> {
                    var bytes = media.publishedImage(photo);
                    var type = media.find(photo).map(MediaSummary::contentType).orElse("image/jpeg");
                    return new DownloadResponse(new ByteArrayInputStream(bytes), "photo", type, bytes.length);
                })
                .inline());
    }

    /** A rectangle drawn with the mouse, in the photo's own pixels. */
    @ClientCallable
    void drawn(int x, int y, int w, int h) {
        int left = Math.clamp(x, 0, width - 1);
        int top = Math.clamp(y, 0, height - 1);
        onDrawn.accept(PhotoCover.pixelate(left, top, Math.min(w, width - left), Math.min(h, height - top), null));
    }

    void showOutlines(List<PhotoCover> covers) {
        outlines.removeAll();
        for (var cover : covers) {
            var outline = new Div();
            outline.addClassName("cover-outline");
            outline.getStyle()
                    .set("position", "absolute")
                    .set("box-sizing", "border-box")
                    .set("border", "3px dashed #ffd400")
                    .set("outline", "2px solid #1a1a1a")
                    .set("left", percent(cover.x(), width))
                    .set("top", percent(cover.y(), height))
                    .set("width", percent(cover.width(), width))
                    .set("height", percent(cover.height(), height));
            outlines.add(outline);
        }
    }

    private static String percent(int value, int of) {
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * value / of);
    }
}
