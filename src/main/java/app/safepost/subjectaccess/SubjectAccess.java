package app.safepost.subjectaccess;

import app.safepost.compliance.ComplianceChecks;
import app.safepost.compliance.RosterPupil;
import app.safepost.drafting.DraftHoldings;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.moderation.Incidents;
import app.safepost.publishing.PostAboutPupil;
import app.safepost.publishing.PublishedPhoto;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.TakedownRefused;
import app.safepost.pupils.PupilHeld;
import app.safepost.pupils.PupilHoldings;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import app.safepost.subjectaccess.domain.PupilErasure;
import app.safepost.subjectaccess.domain.PupilErasureRepository;
import app.safepost.subjectaccess.domain.SubjectAccessExport;
import app.safepost.subjectaccess.domain.SubjectAccessExportRepository;
import app.safepost.subjectaccess.domain.SubjectAccessZip;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers a subject access request and erases a pupil's photos. Each module says what it holds about
 * the pupil through its own public service (the roster, drafting, publishing, media, moderation); this
 * service only gathers, writes and records. For SLT and the data protection officer; only the data
 * protection officer may ask for pupils' names in incidents.
 */
@Service
public class SubjectAccess {

    /** What an erasure's takedowns give as their reason on the platform register. */
    static final String ERASURE_REASON = "The pupil's photos were erased (data protection)";

    private final PupilHoldings pupils;
    private final DraftHoldings drafts;
    private final Publishing publishing;
    private final MediaLibrary media;
    private final Incidents incidents;
    private final ComplianceChecks checks;
    private final SchoolProfileService school;
    private final SubjectAccessExportRepository exports;
    private final PupilErasureRepository erasures;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubjectAccess(
            PupilHoldings pupils,
            DraftHoldings drafts,
            Publishing publishing,
            MediaLibrary media,
            Incidents incidents,
            ComplianceChecks checks,
            SchoolProfileService school,
            SubjectAccessExportRepository exports,
            PupilErasureRepository erasures,
            TransactionTemplate transaction,
            Clock clock) {
        this.pupils = pupils;
        this.drafts = drafts;
        this.publishing = publishing;
        this.media = media;
        this.incidents = incidents;
        this.checks = checks;
        this.school = school;
        this.exports = exports;
        this.erasures = erasures;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** How the export was asked for, as the audit trail records it. */
    public enum Via {
        SCREEN,
        API
    }

    /**
     * Gathers everything held about the pupil and records the export in the audit trail.
     *
     * @throws PupilNotHeld          for a UPN that is not a pupil of the school in hand
     * @throws AccessDeniedException for names in incidents asked by anyone but the data protection officer
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional
    public SubjectAccessFile gather(String upn, boolean withNames, Via via) {
        var caller = SignedInStaff.current().orElseThrow();
        if (withNames && !caller.hasRole(Roles.DPO)) {
            throw new AccessDeniedException("Only the data protection officer may include pupils' names in incidents.");
        }
        var pupil = pupils.heldAbout(upn).orElseThrow(() -> new PupilNotHeld(upn));
        var names = namesOf(pupil);
        var draftsAbout = drafts.heldAbout(upn, names);
        var postsAbout = publishing.heldAbout(upn, names);
        var photos = new LinkedHashSet<MediaId>();
        draftsAbout.forEach(d -> d.photosShowing().forEach(id -> photos.add(new MediaId(id))));
        postsAbout.forEach(p -> p.photos().forEach(photo -> photos.add(photo.media())));
        var earlier = ownRecords(pupil);
        var now = clock.instant();
        exports.saveAndFlush(new SubjectAccessExport(
                pupil.record().id().value(), withNames, via.name().toLowerCase(Locale.ROOT), caller.username(), now));
        return new SubjectAccessFile(
                school.schoolName().orElse("The school"),
                now,
                caller.displayName(),
                pupil,
                draftsAbout,
                postsAbout,
                List.copyOf(photos),
                incidents.heldAbout(names, withNames),
                withNames,
                earlier);
    }

    /** Writes the ZIP to {@code out} as it goes: the summary, the JSON, then each photo as published. */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    public void write(SubjectAccessFile file, OutputStream out) throws IOException {
        SubjectAccessZip.write(
                file, id -> media.heldImage(id).map(i -> new SubjectAccessZip.Image(i.contentType(), i.bytes())), out);
    }

    /** The file name a download of the ZIP is given. */
    public static String fileName(SubjectAccessFile file) {
        return "subject-access-" + file.pupil().record().upn() + ".zip";
    }

    /**
     * Erases the pupil's photos: takes every post that shows them down from its platform (or withdraws
     * it before it is sent), takes the photos out of every draft and deletes them, and records only the
     * fact. {@code confirmation} is the pupil's full name, typed.
     *
     * @throws ErasureRefused when the name typed is not the pupil's, or a platform did not confirm a
     *                        deletion (the posts already taken down stay down; nothing else changed)
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    public ErasureDone erase(String upn, String confirmation) {
        var pupil = pupils.heldAbout(upn).orElseThrow(() -> new PupilNotHeld(upn));
        if (!sameName(confirmation, pupil.record().fullName())) {
            throw new ErasureRefused("confirmation", "Type the pupil's full name, as shown above, to confirm.");
        }
        var toTakeDown = publishing.heldAbout(upn, text -> false).stream()
                .filter(PostAboutPupil::shows)
                .toList();
        var photos = new LinkedHashSet<MediaId>();
        int takenDown = 0;
        for (var post : toTakeDown) {
            if (List.of("published", "scheduled", "sending")
                    .contains(post.post().status())) {
                takenDown += takeDown(post, upn, takenDown, toTakeDown.size());
            }
            post.photos().stream().map(PublishedPhoto::media).forEach(photos::add);
        }
        int posts = takenDown;
        return transaction.execute(status -> {
            var fromDrafts = drafts.takePhotosOut(upn);
            fromDrafts.media().forEach(id -> photos.add(new MediaId(id)));
            int deleted = media.erase(photos);
            erasures.saveAndFlush(new PupilErasure(
                    pupil.record().id().value(),
                    posts,
                    deleted,
                    fromDrafts.drafts(),
                    SignedInStaff.current().orElseThrow().username(),
                    clock.instant()));
            return new ErasureDone(posts, deleted, fromDrafts.drafts());
        });
    }

    private int takeDown(PostAboutPupil post, String upn, int done, int of) {
        try {
            publishing.takeDownForErasure(post.post().reference(), upn, ERASURE_REASON);
            return 1;
        } catch (TakedownRefused e) {
            throw new ErasureRefused(
                    "post",
                    "The post on " + post.post().handle() + " was not taken down: "
                            + e.getMessage() + " " + done + " of " + of
                            + " posts showing the pupil are down; no photo was"
                            + " deleted yet. Erase again once the platform answers.");
        }
    }

    private static boolean sameName(String typed, String fullName) {
        if (typed == null) {
            return false;
        }
        return typed.strip()
                .replaceAll("\\s+", " ")
                .equalsIgnoreCase(fullName.strip().replaceAll("\\s+", " "));
    }

    private Predicate<String> namesOf(PupilHeld pupil) {
        var r = pupil.record();
        return checks.namesOf(new RosterPupil(
                r.upn(), r.firstName(), r.surname(), r.preferredName(), r.className(), List.of(), false, r.archived()));
    }

    private List<SubjectAccessFile.OwnRecord> ownRecords(PupilHeld pupil) {
        var id = pupil.record().id().value();
        var records = new ArrayList<SubjectAccessFile.OwnRecord>();
        exports.findByPupilIdOrderByExportedAt(id)
                .forEach(e -> records.add(new SubjectAccessFile.OwnRecord(
                        "Everything held exported (" + e.getVia() + (e.isWithNames() ? ", with names in incidents" : "")
                                + ")",
                        e.getExportedBy(),
                        e.getExportedAt())));
        erasures.findByPupilIdOrderByErasedAt(id)
                .forEach(e -> records.add(new SubjectAccessFile.OwnRecord(
                        "Photos erased: " + e.getPostsTakenDown() + " posts taken down, " + e.getPhotosDeleted()
                                + " photos deleted, " + e.getDraftsChanged() + " drafts changed",
                        e.getErasedBy(),
                        e.getErasedAt())));
        records.sort(Comparator.comparing(SubjectAccessFile.OwnRecord::at));
        return records;
    }

    /** Which of these the pupil's erasure will delete; for the screen to say how many before it is done. */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    public Set<String> postsShowing(String upn) {
        var found = new LinkedHashSet<String>();
        publishing.heldAbout(upn, text -> false).stream()
                .filter(PostAboutPupil::shows)
                .filter(p -> List.of("published", "scheduled", "sending")
                        .contains(p.post().status()))
                .forEach(p -> found.add(p.post().reference().toString()));
        return found;
    }
}
