package app.safepost.approval.ui;

import app.safepost.compliance.FindingWords;
import app.safepost.drafting.DraftContent;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoAnalysis;
import app.safepost.media.PhotoFace;
import app.safepost.media.ui.parts.FaceBoxes;
import app.safepost.pupils.PupilRoster;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A submitted draft's photos as the reviewer sees them: each as it will be published, with the faces the
 * portal found outlined and numbered, who the author said each face is and whether it is covered, the
 * author's confirmation that they checked every face (P15), and the device check (P3).
 */
class ReviewPhotos extends Div {

    ReviewPhotos(MediaLibrary media, PupilRoster roster, DraftContent content, List<MediaSummary> photos) {
        addClassName("review-photos");
        setId("review-photos");
        var names = names(roster, content);
        add(new H4("Photos as they will be published"));
        for (int i = 0; i < content.photos().size(); i++) {
            add(figure(media, i + 1, content.photos().get(i), photos.get(i), names));
        }
    }

    private static Div figure(
            MediaLibrary media,
            int number,
            DraftContent.AttachedPhoto attached,
            MediaSummary summary,
            Map<String, String> names) {
        var analysis = media.analysis(summary.id());
        var boxes = new FaceBoxes(
                        media,
                        summary.id(),
                        attached.altText().isBlank() ? "Photo " + number : attached.altText(),
                        summary.width(),
                        summary.height())
                .openingFullSize();
        boxes.show(analysis.faces(), face -> who(attached, face, names) + covered(face, summary), null);
        var figure = new Div(
                boxes, new Paragraph("Alt text: " + (attached.altText().isBlank() ? "(none)" : attached.altText())));
        figure.setId("review-photo-" + number);
        var faces = new UnorderedList();
        faces.addClassName("review-faces");
        for (var face : analysis.faces()) {
            faces.add(new ListItem("Face " + face.id().substring(1) + " ("
                    + face.box().whereIn(summary.width(), summary.height()) + "): " + who(attached, face, names)
                    + covered(face, summary)));
        }
        figure.add(new Paragraph(facesFound(analysis)), faces);
        addChecks(figure, attached, summary);
        return figure;
    }

    private static String facesFound(PhotoAnalysis analysis) {
        return switch (analysis.state()) {
            case PENDING -> "The portal is still looking for faces in this photo.";
            case FAILED -> "The portal could not look for faces in this photo.";
            case DONE ->
                analysis.faces().isEmpty()
                        ? "The portal found no face in this photo."
                        : analysis.faces().size() + (analysis.faces().size() == 1 ? " face" : " faces") + " found:";
        };
    }

    /** Whether the author checked the faces, and a warning when the photo came from an unregistered device. */
    private static void addChecks(Div figure, DraftContent.AttachedPhoto attached, MediaSummary summary) {
        var confirmed = new Paragraph(
                attached.facesChecked()
                        ? "The author confirmed they checked every face in this photo."
                        : "The author has not confirmed they checked every face in this photo.");
        confirmed.addClassName(attached.facesChecked() ? "faces-confirmed" : "verdict-warn");
        figure.add(confirmed);
        if (!summary.fromRegisteredDevice()) {
            var warning = new Paragraph(FindingWords.onScreen("P3: " + summary.deviceExplanation()));
            warning.addClassName("verdict-warn");
            figure.add(warning);
        }
    }

    private static String who(DraftContent.AttachedPhoto attached, PhotoFace face, Map<String, String> names) {
        var to = attached.faces().get(face.id());
        if (to == null) {
            return "not said";
        }
        return switch (to) {
            case DraftContent.ADULT -> "an adult";
            case DraftContent.NOT_A_FACE -> "not a face";
            default -> names.getOrDefault(to, "a pupil not on the roster");
        };
    }

    private static String covered(PhotoFace face, MediaSummary summary) {
        return face.coveredBy(summary.covers()) ? ", covered" : ", not covered";
    }

    /**
     * The pupils the author said the faces are, by UPN, as the reader may see them (full names of their
     * classes' pupils), with their consent; only those pupils are read.
     */
    private static Map<String, String> names(PupilRoster roster, DraftContent content) {
        var named = content.photos().stream()
                .flatMap(photo -> photo.faces().values().stream())
                .filter(to -> !DraftContent.ADULT.equals(to) && !DraftContent.NOT_A_FACE.equals(to))
                .collect(Collectors.toSet());
        var names = new HashMap<String, String>();
        roster.classPupilsByUpn(named)
                .forEach((upn, pupil) -> names.put(
                        upn,
                        pupil.shownAs() + " (" + (pupil.imageConsent() ? "image consent" : "no image consent") + ")"));
        return names;
    }
}
