package app.safepost.media.ui.parts;

import app.safepost.media.PhotoCover;
import app.safepost.media.PhotoFace;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/** Which faces the covers as drawn now hide: updated with every change, before anything is saved. */
class FaceStatusLine extends Paragraph {

    FaceStatusLine() {
        setId("cover-face-status");
        getElement().setAttribute("role", "status");
    }

    void show(List<PhotoFace> faces, List<PhotoCover> covers) {
        if (faces.isEmpty()) {
            setText("The portal found no face in this photo. Check it yourself all the same.");
            return;
        }
        var uncovered = faces.stream()
                .filter(f -> !f.coveredBy(covers))
                .map(f -> f.id().substring(1))
                .toList();
        setText(faces.size() + (faces.size() == 1 ? " face" : " faces") + " found; "
                + (uncovered.isEmpty()
                        ? "all covered."
                        : "not covered: face " + String.join(", ", uncovered)
                                + ". Click a face on the photo to cover it."));
    }
}
