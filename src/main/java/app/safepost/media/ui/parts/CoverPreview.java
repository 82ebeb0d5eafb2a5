package app.safepost.media.ui.parts;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/** The photo as the server rendered it with the covers drawn so far, and a line saying what is shown. */
class CoverPreview extends Div {

    private final Image preview = new Image();
    private final Paragraph note = new Paragraph();

    CoverPreview() {
        preview.setId("cover-preview");
        preview.setAlt("Preview of the photo as it will be published");
        preview.addClassName("cover-preview");
        preview.getStyle()
                .set("display", "block")
                .set("max-width", "min(640px, 100%)")
                .set("height", "auto");
        preview.setVisible(false);
        note.setId("cover-preview-note");
        note.getElement().setAttribute("role", "status");
        add(note, preview);
    }

    void show(byte[] bytes, String contentType, int covers) {
        preview.setSrc(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        "preview" + (contentType.equals("image/png") ? ".png" : ".jpg"),
                        contentType,
                        bytes.length))
                .inline());
        preview.setVisible(true);
        preview.scrollIntoView();
        note.setText("Preview with " + covers + (covers == 1 ? " cover" : " covers")
                + ", rendered by the portal as it will be published. Not saved yet.");
    }

    void note(String text) {
        note.setText(text);
    }
}
