package app.safepost.media;

import app.safepost.audit.AuditTrail;
import app.safepost.media.domain.CameraTags;
import app.safepost.media.domain.CoverLines;
import app.safepost.media.domain.CoverRenderer;
import app.safepost.media.domain.DeviceCheckRule;
import app.safepost.media.domain.MediaContents;
import app.safepost.media.domain.Photo;
import app.safepost.media.domain.PhotoAnalyses;
import app.safepost.media.domain.PhotoCodec;
import app.safepost.media.domain.PhotoIntake;
import app.safepost.media.domain.PhotoOriginals;
import app.safepost.media.domain.PhotoRepository;
import app.safepost.school.DeviceEnrolments;
import app.safepost.school.DeviceKey;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's photos: safe intake, the device check (P3), covers burned in (P15), and the published
 * image. A photo is seen only by the member of staff who uploaded it and by SLT (the head included);
 * to anyone else it does not exist.
 */
@Service
public class MediaLibrary {

    /** Whoever may draft a post may attach a photo to it. */
    static final String MAY_ATTACH =
            "hasAnyRole('" + Roles.TEACHER + "','" + Roles.TEACHING_ASSISTANT + "','" + Roles.SLT + "')";

    private final PhotoRepository photos;
    private final MediaContents contents;
    private final SchoolDirectory directory;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final PhotoOriginals originals;
    private final DeviceEnrolments enrolments;
    private final PhotoAnalyses analyses;

    MediaLibrary(
            PhotoRepository photos,
            MediaContents contents,
            SchoolDirectory directory,
            Clock clock,
            AuditTrail auditTrail,
            PhotoOriginals originals,
            DeviceEnrolments enrolments,
            PhotoAnalyses analyses) {
        this.enrolments = enrolments;
        this.analyses = analyses;
        this.auditTrail = auditTrail;
        this.originals = originals;
        this.photos = photos;
        this.contents = contents;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Takes in a photo: refused with {@link PhotoRefused} (and nothing stored) unless the bytes are a
     * whole JPEG, PNG or WebP within 25 MB and 50 megapixels. What is stored has no metadata left.
     * Uploaded without a device key: it passes the device check (P3) only by its camera's serial.
     */
    @PreAuthorize(MAY_ATTACH)
    @Transactional
    public MediaSummary intake(String fileName, byte[] bytes) {
        return intake(fileName, bytes, null);
    }

    /**
     * The same, uploaded by a browser or client that presented this device key (P3): from an enrolled
     * school iPad in service, the photo passes the device check when its camera details fit that iPad.
     * A key that does not count is recorded and the photo is checked as if none was presented.
     */
    @PreAuthorize(MAY_ATTACH)
    @Transactional
    public MediaSummary intake(String fileName, byte[] bytes, @Nullable DeviceKey deviceKey) {
        var takenIn = PhotoIntake.takeIn(bytes);
        var camera = takenIn.camera();
        var now = clock.instant();
        var device = deviceCheck(camera, deviceKey);
        var hash = contents.store(takenIn.bytes(), now);
        var photo = photos.saveAndFlush(new Photo(
                hash,
                takenIn.contentType(),
                takenIn.width(),
                takenIn.height(),
                takenIn.bytes().length,
                fileName(fileName),
                camera,
                device,
                SignedInStaff.currentAuthor().username(),
                now));
        originals.keep(photo.getId(), bytes, now);
        analyses.queue(photo.getId(), now);
        return summary(photo);
    }

    /** The faces found in the photo so far: pending until its analysis finished (on any instance). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PhotoAnalysis analysis(MediaId id) {
        return analyses.find(require(id).getId());
    }

    /**
     * The photo's analysis, finished now if it is still waiting (on this thread, or by waiting up to
     * {@code patience} for the instance doing it): for checks that must judge every face.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public PhotoAnalysis finishedAnalysis(MediaId id, Duration patience) {
        return analyses.finished(require(id).getId(), patience);
    }

    /** The words read in the photo, for the policy checks only: never shown, never returned by the API. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PhotoText textForChecks(MediaId id) {
        return analyses.text(require(id).getId());
    }

    /**
     * The photos went out in a published post: their originals, if the school keeps them, are not
     * needed any more and are deleted. Returns how many were deleted.
     */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public int published(Collection<MediaId> ids) {
        return (int) ids.stream().filter(id -> originals.delete(id.value())).count();
    }

    /** The photo, if it exists and the caller uploaded it or is SLT. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<MediaSummary> find(MediaId id) {
        return visible(id).map(MediaLibrary::summary);
    }

    /** The caller's own photos, newest first. */
    @PreAuthorize(MAY_ATTACH)
    @Transactional(readOnly = true)
    public List<MediaSummary> mine() {
        return photos
                .findByUploadedByOrderByUploadedAtDesc(
                        SignedInStaff.currentAuthor().username())
                .stream()
                .map(MediaLibrary::summary)
                .toList();
    }

    /** Replaces the photo's covers; refused with {@link CoversRefused} if any cover is outside it or unclear. */
    @PreAuthorize(MAY_ATTACH)
    @Transactional
    public MediaSummary cover(MediaId id, List<PhotoCover> covers) {
        var photo = require(id);
        check(photo, covers);
        photo.replaceCovers(CoverLines.write(covers));
        return summary(photos.saveAndFlush(photo));
    }

    /** The image as it would be published: stripped, upright, its saved covers burned in (JPEG or PNG). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public byte[] publishedImage(MediaId id) {
        var photo = require(id);
        return render(photo, CoverLines.read(photo.getCovers()));
    }

    /** The image as it would be published with these covers instead of the saved ones; nothing is saved. */
    @PreAuthorize(MAY_ATTACH)
    @Transactional(readOnly = true)
    public byte[] preview(MediaId id, List<PhotoCover> covers) {
        var photo = require(id);
        check(photo, covers);
        return render(photo, covers);
    }

    /** The audit trail explorer filtered to this photo (its covers and who set them): for SLT. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public String historyLink(MediaId id) {
        return auditTrail.historyLink(Photo.class, require(id).getId());
    }

    /**
     * A photo as it is or was published, covers burned in, for a subject access request: whoever uploaded
     * it. Empty if there is no such photo (any more) in the school in hand.
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional(readOnly = true)
    public Optional<HeldImage> heldImage(MediaId id) {
        return photos.findById(id.value())
                .map(photo ->
                        new HeldImage(id, photo.getContentType(), render(photo, CoverLines.read(photo.getCovers()))));
    }

    /** A photo's published rendering and its type ({@code image/jpeg} or {@code image/png}). */
    public record HeldImage(MediaId id, String contentType, byte[] bytes) {}

    /**
     * Erases these photos, whoever uploaded them: their records, the original kept until publishing, the
     * analysis, and each stored image no other photo is. The audit trail keeps the photos' records (hash,
     * size, who uploaded them), never pixels. Returns how many photos there were to delete.
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional
    public int erase(Collection<MediaId> ids) {
        int erased = 0;
        for (var id : ids) {
            var photo = photos.findById(id.value());
            if (photo.isEmpty()) {
                continue;
            }
            photos.delete(photo.get());
            photos.flush();
            originals.delete(id.value());
            if (photos.countByContentSha256(photo.get().getContentSha256()) == 0) {
                contents.delete(photo.get().getContentSha256());
            }
            erased++;
        }
        return erased;
    }

    /** Deletes a photo that is not published, and its stored image unless another photo is the same picture. */
    @PreAuthorize(MAY_ATTACH)
    @Transactional
    public void discard(MediaId id) {
        var photo = require(id);
        photos.delete(photo);
        photos.flush();
        if (photos.countByContentSha256(photo.getContentSha256()) == 0) {
            contents.delete(photo.getContentSha256());
        }
    }

    private byte[] render(Photo photo, List<PhotoCover> covers) {
        var stored = contents.read(photo.getContentSha256())
                .orElseThrow(
                        () -> new IllegalStateException("The stored image of photo " + photo.getId() + " is missing"));
        if (covers.isEmpty()) {
            return stored;
        }
        var covered = CoverRenderer.burnIn(PhotoCodec.read(stored), covers);
        return photo.getContentType().equals("image/png") ? PhotoCodec.png(covered) : PhotoCodec.jpeg(covered);
    }

    private static void check(Photo photo, List<PhotoCover> covers) {
        var problems = CoverRenderer.problems(covers, photo.getWidth(), photo.getHeight());
        if (!problems.isEmpty()) {
            throw new CoversRefused(problems);
        }
    }

    private Photo require(MediaId id) {
        return visible(id).orElseThrow(() -> new IllegalArgumentException("There is no such photo."));
    }

    private Optional<Photo> visible(MediaId id) {
        var caller = SignedInStaff.current();
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        return photos.findById(id.value())
                .filter(p -> caller.get().hasRole(Roles.SLT)
                        || p.getUploadedBy().equals(caller.get().username()));
    }

    /** P3: the photo's serial against the register, else where it was uploaded from against its camera details. */
    private DeviceCheckRule.Verdict deviceCheck(@Nullable CameraTags camera, @Nullable DeviceKey deviceKey) {
        var serialDevice = camera == null
                ? null
                : directory.deviceWithSerial(camera.serial()).orElse(null);
        return DeviceCheckRule.judge(camera, serialDevice, enrolments.recognise(deviceKey));
    }

    private static String fileName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "photo";
        }
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static MediaSummary summary(Photo p) {
        return new MediaSummary(
                new MediaId(p.getId()),
                p.getContentType(),
                p.getWidth(),
                p.getHeight(),
                p.getSizeBytes(),
                device(p),
                CoverLines.read(p.getCovers()),
                p.getUploadedBy(),
                p.getUploadedAt());
    }

    /** None when the photo names no camera and no device key came with it. */
    private static @Nullable CameraDevice device(Photo p) {
        var camera = p.getCamera();
        if (camera == null && !p.isDeviceEnrolled() && p.getDeviceCheck() == DeviceCheck.NOT_ENROLLED) {
            return null;
        }
        var tags = camera == null ? new CameraTags("", "", null) : camera;
        return new CameraDevice(
                tags.make(),
                tags.model(),
                tags.serial(),
                p.isDeviceRegistered(),
                p.getDeviceCheck(),
                p.isDeviceEnrolled(),
                p.getDeviceLabel());
    }
}
