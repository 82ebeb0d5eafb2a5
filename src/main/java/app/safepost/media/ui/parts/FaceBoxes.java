package app.safepost.media.ui.parts;

import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.PhotoFace;
import app.safepost.media.Region;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A photo as it will be published with the faces the portal found outlined and numbered (P15). With a
 * listener each box is a button (keyboard and mouse); its label says which face and what is known of it.
 */
@StyleSheet("context://media.css")
public class FaceBoxes extends Div {

    private final PhotoPreview image;
    private final Div boxes = new Div();
    private final int width;
    private final int height;

    public FaceBoxes(MediaLibrary media, MediaId photo, String altText, int width, int height) {
        this.width = width;
        this.height = height;
        addClassName("face-boxes");
        image = new PhotoPreview(media, photo, altText);
        boxes.addClassName("face-box-layer");
        // Positioning inline, so the boxes sit on the faces even before media.css has loaded.
        getStyle().set("position", "relative").set("display", "inline-block").set("max-width", "min(640px, 100%)");
        image.getElement()
                .getStyle()
                .set("display", "block")
                .set("max-width", "100%")
                .set("height", "auto");
        boxes.getStyle().set("position", "absolute").set("inset", "0");
        add(image, boxes);
    }

    /**
     * Clicking the photo opens it full size (see {@link PhotoPreview#openingFullSize}); outlines that are not
     * buttons let the click through to it.
     */
    public FaceBoxes openingFullSize() {
        image.openingFullSize();
        boxes.getStyle().set("pointer-events", "none");
        return this;
    }

    /** Loads the image again, after its covers changed. */
    public void refresh() {
        image.refresh();
    }

    /**
     * Shows these faces; {@code label} says what is known of each (shown beside its number), and
     * {@code onClick}, when given, makes each box a button.
     */
    public void show(List<PhotoFace> faces, Function<PhotoFace, String> label, @Nullable Consumer<PhotoFace> onClick) {
        boxes.removeAll();
        for (var face : faces) {
            var number = new Span(face.id().substring(1));
            number.addClassName("face-box-number");
            Component box;
            if (onClick != null) {
                var button = new NativeButton();
                button.getStyle().set("pointer-events", "auto");
                button.add(number);
                button.addClickListener(e -> onClick.accept(face));
                button.getElement()
                        .setAttribute(
                                "aria-label",
                                "Face " + face.id().substring(1) + ", "
                                        + face.box().whereIn(width, height) + ": " + label.apply(face));
                box = button;
            } else {
                var div = new Div(number);
                div.getElement().setAttribute("title", label.apply(face));
                box = div;
            }
            box.getElement().getClassList().add("face-box");
            styleBox(box);
            box.getElement().setAttribute("data-face", face.id());
            positionOver(box, face.box());
            boxes.add(box);
        }
    }

    /** A transparent outlined box, its number on a tab above it (inline, as the positions are). */
    static void styleBox(Component box) {
        box.getElement()
                .getStyle()
                .set("position", "absolute")
                .set("box-sizing", "border-box")
                .set("border", "3px solid #0b5cd5")
                .set("outline", "2px solid #fff")
                .set("background", "transparent")
                .set("padding", "0")
                .set("margin", "0")
                .set("cursor", "pointer")
                .set("color", "#fff")
                .set("font", "inherit");
        box.getElement()
                .getChildren()
                .forEach(number -> number.getStyle()
                        .set("position", "absolute")
                        .set("left", "0")
                        .set("top", "0")
                        .set("transform", "translateY(-100%)")
                        .set("background", "#0b5cd5")
                        .set("color", "#fff")
                        .set("padding", "0 0.3em")
                        .set("line-height", "1.2"));
    }

    private void positionOver(Component box, Region region) {
        box.getElement()
                .getStyle()
                .set("left", percent(region.x(), width))
                .set("top", percent(region.y(), height))
                .set("width", percent(region.width(), width))
                .set("height", percent(region.height(), height));
    }

    static String percent(int value, int of) {
        return String.format(Locale.ROOT, "%.3f%%", 100.0 * value / of);
    }
}
