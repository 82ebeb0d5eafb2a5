package app.safepost.subjectaccess.domain;

import app.safepost.audit.RecordRevision;
import app.safepost.drafting.DraftAboutPupil;
import app.safepost.media.MediaId;
import app.safepost.moderation.IncidentDetails;
import app.safepost.publishing.PostAboutPupil;
import app.safepost.pupils.ConsentEntry;
import app.safepost.pupils.ConsentNow;
import app.safepost.pupils.PupilRecord;
import app.safepost.subjectaccess.SubjectAccessFile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The machine-readable half of the ZIP, as plain maps and lists so that its shape is written here and
 * nowhere else: the pupil, consents now and their history, the roster's history, drafts, posts, photos,
 * incidents and the audit trail's entries about the pupil. Times are ISO 8601 instants, days ISO dates.
 */
final class SubjectAccessJson {

    private SubjectAccessJson() {}

    static Map<String, Object> of(SubjectAccessFile file, Map<MediaId, String> photoFiles) {
        var json = new LinkedHashMap<String, Object>();
        json.put("school", file.schoolName());
        json.put("gatheredAt", file.gatheredAt().toString());
        json.put("gatheredBy", file.gatheredBy());
        json.put("incidentNames", file.withNames() ? "included" : "masked");
        json.put("pupil", pupil(file.pupil().record()));
        json.put(
                "consents",
                file.pupil().record().consents().byPurpose().values().stream()
                        .map(SubjectAccessJson::consentNow)
                        .toList());
        json.put(
                "consentHistory",
                file.pupil().consentHistory().stream()
                        .map(c -> consent(c, true))
                        .toList());
        json.put(
                "rosterHistory",
                file.pupil().rosterHistory().stream()
                        .map(SubjectAccessJson::revision)
                        .toList());
        json.put("drafts", file.drafts().stream().map(SubjectAccessJson::draft).toList());
        json.put("posts", file.posts().stream().map(SubjectAccessJson::post).toList());
        json.put(
                "photos",
                file.photos().stream().map(id -> photo(id, photoFiles.get(id))).toList());
        json.put(
                "incidents",
                file.incidents().stream().map(SubjectAccessJson::incident).toList());
        json.put(
                "auditEntries",
                file.ownRecords().stream()
                        .map(r -> map("what", r.what(), "by", r.by(), "at", r.at().toString()))
                        .toList());
        return json;
    }

    private static Map<String, Object> pupil(PupilRecord p) {
        return map(
                "upn",
                p.upn(),
                "firstName",
                p.firstName(),
                "surname",
                p.surname(),
                "preferredName",
                p.preferredName(),
                "class",
                p.className(),
                "archived",
                p.archived(),
                "neverPublish",
                p.neverPublish(),
                "parentEmails",
                p.parentEmails());
    }

    /** The answer now, in the history's shape less the moment it was entered, as the file has always shown it. */
    private static Map<String, Object> consentNow(ConsentNow c) {
        var entry = new ConsentEntry(
                c.purpose(),
                c.consent(),
                c.source(),
                c.recordedOn(),
                c.expiresOn(),
                c.recordedBy(),
                c.recordedAt(),
                c.note());
        return consent(entry, false);
    }

    private static Map<String, Object> consent(ConsentEntry c, boolean withRecordedAt) {
        var json = map(
                "purpose",
                c.purpose(),
                "consent",
                c.consent(),
                "recordedOn",
                text(c.recordedOn()),
                "expiresOn",
                text(c.expiresOn()),
                "source",
                c.source().apiName(),
                "recordedBy",
                c.recordedBy());
        if (withRecordedAt) {
            json.put("recordedAt", c.recordedAt().toString());
        }
        json.put("note", c.note());
        return json;
    }

    private static Map<String, Object> revision(RecordRevision r) {
        return map(
                "revision",
                r.revision(),
                "at",
                r.at().toString(),
                "by",
                r.by(),
                "change",
                r.type().apiName(),
                "fields",
                r.changes().stream()
                        .map(f -> map("field", f.field(), "before", text(f.before()), "after", text(f.after())))
                        .toList());
    }

    private static Map<String, Object> draft(DraftAboutPupil d) {
        var draft = d.draft();
        return map(
                "id",
                draft.id().value().toString(),
                "account",
                draft.account().handle(),
                "author",
                draft.author(),
                "status",
                draft.status().apiName(),
                "createdAt",
                draft.createdAt().toString(),
                "updatedAt",
                draft.updatedAt().toString(),
                "text",
                draft.content().text(),
                "namedInText",
                d.namedInText(),
                "shows",
                d.shows(),
                "photos",
                d.photosShowing().stream().map(UUID::toString).toList());
    }

    private static Map<String, Object> post(PostAboutPupil p) {
        var post = p.post();
        return map(
                "reference",
                post.reference().toString(),
                "account",
                post.handle(),
                "platform",
                post.platform().name().toLowerCase(Locale.ROOT),
                "status",
                post.status(),
                "practice",
                post.practice(),
                "url",
                post.url(),
                "text",
                post.text(),
                "author",
                post.author(),
                "approvedBy",
                post.approvedBy(),
                "publishAt",
                post.publishAt().toString(),
                "publishedAt",
                text(post.publishedAt()),
                "takenDownAt",
                text(post.takenDownAt()),
                "shows",
                p.shows(),
                "namedInText",
                p.namedInText(),
                "photos",
                p.photos().stream()
                        .map(photo -> map("id", photo.media().value().toString(), "altText", photo.altText()))
                        .toList());
    }

    private static Map<String, Object> photo(MediaId id, String file) {
        return map("id", id.value().toString(), "file", file);
    }

    private static Map<String, Object> incident(IncidentDetails i) {
        var s = i.summary();
        return map(
                "id",
                s.id().value().toString(),
                "account",
                s.accountHandle(),
                "category",
                s.category().name().toLowerCase(Locale.ROOT),
                "status",
                s.status().name().toLowerCase(Locale.ROOT),
                "serious",
                s.serious(),
                "reportedAt",
                s.reportedAt().toString(),
                "reportedBy",
                s.reportedByName(),
                "whatHappened",
                s.whatHappened(),
                "links",
                i.links(),
                "outcome",
                i.outcome(),
                "namesMasked",
                i.namesMasked(),
                "timeline",
                i.timeline().stream()
                        .map(t -> map(
                                "kind",
                                t.kind().name().toLowerCase(Locale.ROOT),
                                "by",
                                t.byName(),
                                "at",
                                t.at().toString(),
                                "detail",
                                t.detail(),
                                "reference",
                                t.reference()))
                        .toList());
    }

    private static Object text(Object value) {
        return value == null ? null : value.toString();
    }

    /** An ordered map from key, value pairs; null values are kept, as JSON null. */
    private static Map<String, Object> map(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
