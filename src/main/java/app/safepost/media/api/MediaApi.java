package app.safepost.media.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.media.CameraDevice;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.MediaSummary;
import app.safepost.media.PhotoAnalysis;
import app.safepost.media.PhotoRefused;
import app.safepost.media.PhotoText;
import app.safepost.media.PhotoTextFindings;
import app.safepost.media.domain.PhotoIntake;
import app.safepost.school.DeviceKey;
import app.safepost.security.Roles;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/v1/media}: photo intake (multipart, part {@code file}), and
 * {@code GET /api/v1/media/{id}/content}: the stored image, covers burned in. A photo the caller may
 * not see answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/media")
class MediaApi {

    static final String MAY_ATTACH =
            "hasAnyRole('" + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "','" + Roles.SLT + "')";

    /** The header in which an enrolled school iPad's client presents its device token (P3). */
    static final String DEVICE_HEADER = "Safepost-Device";

    /** Room for the multipart boundaries and part headers around a photo of the largest size. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final MediaLibrary media;
    private final List<PhotoTextFindings> textChecks;

    MediaApi(MediaLibrary media, List<PhotoTextFindings> textChecks) {
        this.media = media;
        this.textChecks = textChecks;
    }

    /** Where the photo came from (P3): {@code enrolled} and {@code label} say which school iPad it was uploaded from. */
    record DeviceJson(
            String make,
            String model,
            @Nullable String serial,
            boolean registered,
            boolean enrolled,
            @Nullable String label,
            String check) {}

    record FaceJson(String id, int x, int y, int width, int height) {}

    record TextFindingJson(String clause, String severity, String message, int x, int y, int width, int height) {}

    /**
     * {@code faces} and {@code textFindings} are empty while {@code analysis} is {@code pending}. The API
     * knows two states, pending and done; an analysis that could not run is done with {@code
     * analysisFailed} true and nothing found, so the author checks every face themselves.
     */
    record MediaJson(
            String id,
            String contentType,
            int width,
            int height,
            long sizeBytes,
            @Nullable DeviceJson device,
            List<FaceJson> faces,
            List<TextFindingJson> textFindings,
            String analysis,
            boolean analysisFailed) {}

    // The content type and size are checked here rather than with "consumes" and the multipart resolver,
    // so a wrong one gets the API's own problem answer instead of falling through to the servlet error page.
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(MAY_ATTACH)
    ResponseEntity<MediaJson> upload(
            HttpServletRequest request,
            @RequestHeader(name = DEVICE_HEADER, required = false) @Nullable String deviceToken)
            throws IOException, HttpMediaTypeNotSupportedException, MissingServletRequestPartException {
        if (request.getContentLengthLong() > PhotoIntake.MAX_BYTES + MULTIPART_OVERHEAD) {
            throw new PhotoRefused(
                    PhotoRefused.Kind.TOO_LARGE,
                    "The photo is over 25 MB; at most 25 MB is accepted." + " Send a smaller copy.");
        }
        if (!(request instanceof MultipartHttpServletRequest multipart)) {
            throw new HttpMediaTypeNotSupportedException(
                    request.getContentType() == null ? null : safeType(request.getContentType()),
                    List.of(MediaType.MULTIPART_FORM_DATA));
        }
        MultipartFile file = multipart.getFile("file");
        if (file == null) {
            throw new MissingServletRequestPartException("file");
        }
        var photo = media.intake(
                Optional.ofNullable(file.getOriginalFilename()).orElse("photo"),
                file.getBytes(),
                deviceToken == null || deviceToken.isBlank() ? null : new DeviceKey(deviceToken.strip()));
        return ResponseEntity.created(URI.create("/api/v1/media/" + photo.id() + "/content"))
                .body(json(photo));
    }

    /** The photo with what its analysis found: faces and text findings once {@code analysis} is {@code done}. */
    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(MAY_ATTACH)
    ResponseEntity<?> photo(@PathVariable String id) {
        var mediaId = parse(id);
        var photo = mediaId == null ? Optional.<MediaSummary>empty() : media.find(mediaId);
        if (photo.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "No such photo", "There is no photo " + id + ".");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(json(photo.get()));
    }

    @GetMapping("/{id}/content")
    @PreAuthorize(MAY_ATTACH)
    ResponseEntity<?> content(@PathVariable String id) {
        var mediaId = parse(id);
        var photo = mediaId == null ? Optional.<MediaSummary>empty() : media.find(mediaId);
        if (photo.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "not-found", "No such photo", "There is no photo " + id + ".");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.get().contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .body(media.publishedImage(mediaId));
    }

    @ExceptionHandler(PhotoRefused.class)
    ResponseEntity<?> refused(PhotoRefused refused) {
        var status = HttpStatus.valueOf(refused.kind().status());
        return switch (refused.kind()) {
            case UNSUPPORTED_TYPE ->
                problem(status, "unsupported-photo-type", "Not an accepted photo", refused.getMessage());
            case UNPROCESSABLE -> problem(status, "photo-refused", "Photo refused", refused.getMessage());
            case TOO_LARGE -> problem(status, "payload-too-large", "Photo too large", refused.getMessage());
        };
    }

    private static @Nullable MediaType safeType(String type) {
        try {
            return MediaType.parseMediaType(type);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static @Nullable MediaId parse(String id) {
        try {
            return MediaId.of(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private MediaJson json(MediaSummary p) {
        CameraDevice d = p.device();
        var analysis = media.analysis(p.id());
        var faces = analysis.faces().stream()
                .map(f -> new FaceJson(
                        f.id(),
                        f.box().x(),
                        f.box().y(),
                        f.box().width(),
                        f.box().height()))
                .toList();
        var text = analysis.done() ? media.textForChecks(p.id()) : PhotoText.none();
        var findings = textChecks.stream()
                .flatMap(check -> check.find(text).stream())
                .map(f -> new TextFindingJson(
                        f.clause(),
                        f.severity(),
                        f.message(),
                        f.region().x(),
                        f.region().y(),
                        f.region().width(),
                        f.region().height()))
                .toList();
        return new MediaJson(
                p.id().toString(),
                p.contentType(),
                p.width(),
                p.height(),
                p.sizeBytes(),
                d == null
                        ? null
                        : new DeviceJson(
                                d.make(),
                                d.model(),
                                d.serial(),
                                d.registered(),
                                d.enrolled(),
                                d.label(),
                                d.check().apiName()),
                faces,
                findings,
                analysis.state() == PhotoAnalysis.State.PENDING ? "pending" : "done",
                analysis.state() == PhotoAnalysis.State.FAILED);
    }
}
