package app.safepost.subjectaccess;

import app.safepost.drafting.DraftAboutPupil;
import app.safepost.media.MediaId;
import app.safepost.moderation.IncidentDetails;
import app.safepost.publishing.PostAboutPupil;
import app.safepost.pupils.PupilHeld;
import java.time.Instant;
import java.util.List;

/**
 * Everything held about one pupil, gathered from each module, ready to be written as a ZIP.
 *
 * @param schoolName  the school's own name, for the summary's heading
 * @param photos      every photo of those drafts and posts that shows or names the pupil, each once
 * @param withNames   incidents carry pupils' names (the data protection officer asked); else masked
 * @param ownRecords  the earlier exports and erasures about this pupil, as the audit trail holds them
 */
public record SubjectAccessFile(
        String schoolName,
        Instant gatheredAt,
        String gatheredBy,
        PupilHeld pupil,
        List<DraftAboutPupil> drafts,
        List<PostAboutPupil> posts,
        List<MediaId> photos,
        List<IncidentDetails> incidents,
        boolean withNames,
        List<OwnRecord> ownRecords) {

    public SubjectAccessFile {
        drafts = List.copyOf(drafts);
        posts = List.copyOf(posts);
        photos = List.copyOf(photos);
        incidents = List.copyOf(incidents);
        ownRecords = List.copyOf(ownRecords);
    }

    /** An export or erasure about the pupil: what happened, who, when. */
    public record OwnRecord(String what, String by, Instant at) {}
}
