package app.safepost.drafting;

import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Finding;
import app.safepost.compliance.Severity;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoAnalysis;
import app.safepost.media.PhotoCover;
import app.safepost.media.PhotoFace;
import app.safepost.media.PhotoText;
import app.safepost.media.Region;
import app.safepost.pupils.PupilId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A post's photos as the checks see them (P12, P13, P15): their covers, the faces the portal found and
 * who the author said each is, and the words read in them. Faces decide who is covered; words are
 * checked as extra alt texts and their findings turned into regions of the photo to cover.
 */
final class PhotosUnderCheck {

    /** How long saving, submitting or approving waits for a photo's analysis on another instance. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One photo of the post, numbered from 1 as the author sees them. */
    record Photo(
            int number,
            DraftContent.AttachedPhoto attached,
            MediaSummary summary,
            PhotoAnalysis analysis,
            PhotoText text) {

        boolean covered(Region region) {
            return summary.covers().stream()
                    .anyMatch(c -> region.coveredBy(c.x(), c.y(), c.width(), c.height()) >= PhotoFace.COVERED);
        }
    }

    /** Each line of text read, in the order it is given to the checks after the photos' alt texts. */
    private record ReadLine(Photo photo, PhotoText.Line line) {}

    private final List<Photo> photos;
    private final List<ReadLine> lines = new ArrayList<>();

    private PhotosUnderCheck(List<Photo> photos) {
        this.photos = photos;
        for (var photo : photos) {
            photo.text().lines().forEach(line -> lines.add(new ReadLine(photo, line)));
        }
    }

    /**
     * Reads the post's photos; with {@code finish}, a photo whose analysis is still waiting is analysed
     * now (or waited for), as saving, submitting and approving need.
     *
     * @throws UnknownPhoto if a photo does not exist or is not the caller's to use
     */
    static PhotosUnderCheck read(MediaLibrary media, DraftContent content, boolean finish) {
        var photos = new ArrayList<Photo>();
        for (int i = 0; i < content.photos().size(); i++) {
            var attached = content.photos().get(i);
            var id = new MediaId(attached.mediaId());
            var summary = media.find(id).orElseThrow(() -> new UnknownPhoto(attached.mediaId()));
            var analysis = finish ? media.finishedAnalysis(id, PATIENCE) : media.analysis(id);
            var text = analysis.done() ? media.textForChecks(id) : PhotoText.none();
            photos.add(new Photo(i + 1, attached, summary, analysis, text));
        }
        return new PhotosUnderCheck(photos);
    }

    List<Photo> photos() {
        return photos;
    }

    /** The lines of text read in the photos, to check as alt texts after the photos' own. */
    List<String> textLines() {
        return lines.stream().map(l -> l.line().text()).toList();
    }

    /**
     * The content with the pupils each photo shows marked covered as the photo's covers say, and every
     * pupil a face was assigned to added to the photo's pupils: a pupil is covered in a photo when
     * every face assigned to them is, or, with no face assigned, when a cover names them.
     */
    DraftContent withCovers(DraftContent content, Supplier<Map<PupilId, String>> upnsOfVisiblePupils) {
        // A post without photos covers no one: its checks need not read the roster's pupils.
        var upns = photos.isEmpty() ? Map.<PupilId, String>of() : upnsOfVisiblePupils.get();
        var byPhoto = new LinkedHashMap<UUID, Photo>();
        photos.forEach(p -> byPhoto.put(p.attached().mediaId(), p));
        var pupils = new ArrayList<DraftContent.PupilShown>();
        var listed = new LinkedHashSet<String>();
        for (var shown : content.pupilsShown()) {
            var photo = shown.mediaId() == null ? null : byPhoto.get(shown.mediaId());
            if (shown.mediaId() != null && photo == null) {
                throw new UnknownPhoto(shown.mediaId());
            }
            pupils.add(
                    photo == null
                            ? shown
                            : new DraftContent.PupilShown(
                                    shown.upn(), covered(photo, shown.upn(), upns), shown.mediaId()));
            listed.add(shown.upn() + "/" + shown.mediaId());
        }
        for (var photo : photos) {
            for (var upn : assignedPupils(photo)) {
                if (listed.add(upn + "/" + photo.attached().mediaId())) {
                    pupils.add(new DraftContent.PupilShown(
                            upn, covered(photo, upn, upns), photo.attached().mediaId()));
                }
            }
        }
        return new DraftContent(content.text(), content.photos(), pupils);
    }

    private static Set<String> assignedPupils(Photo photo) {
        var upns = new LinkedHashSet<String>();
        photo.attached().faces().values().stream()
                .filter(PhotosUnderCheck::isUpn)
                .forEach(upns::add);
        return upns;
    }

    private static boolean covered(Photo photo, String upn, Map<PupilId, String> upns) {
        var faces = photo.analysis().faces().stream()
                .filter(f -> upn.equals(photo.attached().faces().get(f.id())))
                .toList();
        if (!faces.isEmpty()) {
            return faces.stream().allMatch(f -> f.coveredBy(photo.summary().covers()));
        }
        return photo.summary().covers().stream()
                .map(PhotoCover::pupil)
                .anyMatch(id -> id != null && upn.equals(upns.get(id)));
    }

    /**
     * The result with findings in the words read turned into findings about regions of the photos (only
     * the name checks, P12 and P13, and only while the region is not covered), and the findings about
     * faces added (P15).
     */
    ComplianceResult judge(ComplianceResult checked) {
        var findings = new ArrayList<Finding>();
        var regions = new LinkedHashSet<String>();
        for (var finding : checked.findings()) {
            int line = finding.altText() - photos.size();
            if (line < 0) {
                findings.add(finding);
                continue;
            }
            if (!finding.clause().equals("P12") && !finding.clause().equals("P13")) {
                continue;
            }
            var read = lines.get(line);
            var region = read.line().region(finding.start(), finding.end());
            if (!read.photo().covered(region) && regions.add(read.photo().number() + finding.clause() + region)) {
                findings.add(Finding.aboutThePost(
                        finding.clause(), finding.severity(), textMessage(read.photo(), finding, region)));
            }
        }
        photos.forEach(photo -> findings.addAll(faceFindings(photo)));
        return ComplianceResult.of(findings);
    }

    /** The regions of each photo whose words the checks object to and that are not covered yet. */
    Map<UUID, List<Region>> textToCover(ComplianceResult checked) {
        var out = new LinkedHashMap<UUID, List<Region>>();
        for (var finding : checked.findings()) {
            int line = finding.altText() - photos.size();
            if (line < 0
                    || (!finding.clause().equals("P12") && !finding.clause().equals("P13"))) {
                continue;
            }
            var read = lines.get(line);
            var region = read.line().region(finding.start(), finding.end());
            if (!read.photo().covered(region)) {
                out.computeIfAbsent(read.photo().attached().mediaId(), k -> new ArrayList<>())
                        .add(region);
            }
        }
        return out;
    }

    private static String textMessage(Photo photo, Finding finding, Region region) {
        var where = region.whereIn(photo.summary().width(), photo.summary().height()) + ", at " + region;
        var block = finding.severity() == Severity.BLOCK;
        return switch (finding.clause()) {
            case "P12" ->
                block
                        ? "P12: photo " + photo.number()
                                + " shows a pupil's first name and surname together in its picture (" + where
                                + "). Cover that region, or choose another photo."
                        : "P12: photo " + photo.number() + " may show a pupil's name in its picture (" + where
                                + "). If it does, cover that region.";
            default ->
                block
                        ? "P13: photo " + photo.number()
                                + " shows a pupil's first name in its picture, and class accounts use"
                                + " initials only (" + where + "). Cover that region, or choose another photo."
                        : "P13: photo " + photo.number() + " may show a pupil's first name in its picture (" + where
                                + "). If it does, cover that region.";
        };
    }

    private static List<Finding> faceFindings(Photo photo) {
        var out = new ArrayList<Finding>();
        int n = photo.number();
        switch (photo.analysis().state()) {
            case PENDING ->
                out.add(block("P15: photo " + n + " is still being looked at for faces. Wait a moment; the"
                        + " checks run again when it is done."));
            case FAILED ->
                out.add(Finding.aboutThePost(
                        "P15",
                        Severity.WARN,
                        "P15: the portal could not look for faces" + " in photo " + n
                                + ". Check every face in it yourself and cover any pupil without image consent."));
            case DONE -> {
                var known = photo.analysis().faces().stream().map(PhotoFace::id).toList();
                for (var face : photo.analysis().faces()) {
                    if (!photo.attached().faces().containsKey(face.id())
                            && !face.coveredBy(photo.summary().covers())) {
                        out.add(block("P15: photo " + n + " has a face nobody accounted for (" + faceName(face) + ", "
                                + face.box()
                                        .whereIn(
                                                photo.summary().width(),
                                                photo.summary().height()) + ", at "
                                + face.box()
                                + "). Say which pupil it is, mark it as an adult or not a face, or cover it."));
                    }
                }
                photo.attached().faces().keySet().stream()
                        .filter(id -> !known.contains(id))
                        .forEach(id -> out.add(block("P15: photo " + n + " has no face " + id
                                + ". Assign only the faces the portal" + " found in it.")));
            }
        }
        if (!photo.attached().facesChecked()) {
            out.add(block(
                    "P15: confirm that you have checked every face in photo " + n + " (the portal may miss a face)."));
        }
        return out;
    }

    static String faceName(PhotoFace face) {
        return "face " + face.id().substring(1);
    }

    private static Finding block(String message) {
        return Finding.aboutThePost("P15", Severity.BLOCK, message);
    }

    static boolean isUpn(String assignment) {
        return !assignment.equals(DraftContent.ADULT) && !assignment.equals(DraftContent.NOT_A_FACE);
    }
}
