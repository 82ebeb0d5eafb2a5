package app.safepost.subjectaccess.domain;

import app.safepost.common.PdfPages;
import app.safepost.common.SchoolTime;
import app.safepost.subjectaccess.SubjectAccessFile;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The readable half of the ZIP: one A4 document a parent can read, section by section, with the same
 * content as the JSON in words. Photos are in the ZIP beside it, not in the document.
 */
final class SubjectAccessSummary {

    private SubjectAccessSummary() {}

    static void write(SubjectAccessFile file, PdfPages pdf) throws IOException {
        var pupil = file.pupil().record();
        pdf.paragraph("Everything we hold about " + pupil.fullName(), pdf.bold(), 16, 4);
        pdf.paragraph(
                file.schoolName() + ". Gathered on " + SchoolTime.dateTime(file.gatheredAt()) + " by "
                        + file.gatheredBy()
                        + ". The same records are in subject-access.json, and the photos, as they were"
                        + " or would be published, in the photos folder.",
                pdf.regular(),
                10,
                10);
        heading(pdf, "The pupil");
        pdf.line("Name: " + pupil.fullName()
                + (pupil.preferredName() == null ? "" : " (known as " + pupil.preferredName() + ")"));
        pdf.line("UPN: " + pupil.upn() + ". Class: " + pupil.className()
                + (pupil.archived() ? " (left the school)" : ""));
        pdf.line("Parents' e-mail addresses: "
                + (pupil.parentEmails().isEmpty() ? "none held" : String.join(", ", pupil.parentEmails())));
        if (pupil.neverPublish()) {
            pdf.line("The pupil may not appear in any post.");
        }
        consents(file, pdf);
        heading(
                pdf,
                "Changes to the pupil's record (" + file.pupil().rosterHistory().size() + ")");
        for (var revision : file.pupil().rosterHistory()) {
            pdf.line(SchoolTime.dateTime(revision.at()) + " - " + revision.by() + " - "
                    + revision.type().apiName()
                    + ": "
                    + String.join(
                            "; ",
                            revision.changes().stream()
                                    .map(c -> c.field() + " from " + (c.before() == null ? "nothing" : c.before())
                                            + " to " + (c.after() == null ? "nothing" : c.after()))
                                    .toList()));
        }
        postsAndDrafts(file, pdf);
        incidents(file, pdf);
        heading(
                pdf,
                "Exports and erasures about the pupil (" + file.ownRecords().size() + " before this one)");
        for (var record : file.ownRecords()) {
            pdf.line(SchoolTime.dateTime(record.at()) + " - " + record.by() + " - " + record.what());
        }
    }

    private static void consents(SubjectAccessFile file, PdfPages pdf) throws IOException {
        heading(pdf, "Photo consent now");
        var now = file.pupil().record().consents().byPurpose().values();
        if (now.isEmpty()) {
            pdf.line("No consent has been recorded.");
        }
        for (var c : now) {
            pdf.line(c.purpose() + ": " + (c.consent() ? "yes" : "no") + given(c.recordedOn()) + ", "
                    + c.source().label().toLowerCase(Locale.ENGLISH)
                    + (c.expiresOn() == null ? "" : ", until " + SchoolTime.date(c.expiresOn())));
        }
        heading(pdf, "Consent decisions (" + file.pupil().consentHistory().size() + ")");
        for (var c : file.pupil().consentHistory()) {
            pdf.line(SchoolTime.dateTime(c.recordedAt()) + " - " + c.purpose() + ": " + (c.consent() ? "yes" : "no")
                    + given(c.recordedOn()) + ", recorded by " + c.recordedBy()
                    + (c.note() == null || c.note().isBlank() ? "" : " (" + c.note() + ")"));
        }
    }

    private static void postsAndDrafts(SubjectAccessFile file, PdfPages pdf) throws IOException {
        heading(pdf, "Posts that show or name the pupil (" + file.posts().size() + ")");
        for (var p : file.posts()) {
            var post = p.post();
            pdf.line(SchoolTime.dateTime(post.publishAt()) + " - " + post.handle() + " - " + post.status()
                    + (post.url() == null ? "" : " - " + post.url()));
            pdf.paragraph(post.text(), pdf.regular(), 9, 4);
        }
        heading(pdf, "Drafts that show or name the pupil (" + file.drafts().size() + ")");
        for (var d : file.drafts()) {
            var draft = d.draft();
            pdf.line(SchoolTime.dateTime(draft.createdAt()) + " - "
                    + draft.account().handle() + " - " + draft.status().label() + " - by " + draft.author());
            pdf.paragraph(draft.content().text(), pdf.regular(), 9, 4);
        }
        heading(pdf, "Photos (" + file.photos().size() + ")");
        pdf.line("Each photo that shows the pupil, or whose description names them, is in the photos folder as it was"
                + " or would be published, with its covers.");
    }

    private static void incidents(SubjectAccessFile file, PdfPages pdf) throws IOException {
        heading(pdf, "Incidents that mention the pupil (" + file.incidents().size() + ")");
        if (!file.withNames()) {
            pdf.line("Pupils' names in incidents are shown as [name], as governors read them.");
        }
        for (var i : file.incidents()) {
            var s = i.summary();
            pdf.line(SchoolTime.dateTime(s.reportedAt()) + " - " + s.accountHandle() + " - "
                    + s.category().label() + " - " + s.status().label());
            pdf.paragraph(s.whatHappened(), pdf.regular(), 9, 4);
        }
    }

    private static String given(LocalDate on) {
        return on == null ? "" : ", given " + SchoolTime.date(on);
    }

    private static void heading(PdfPages pdf, String title) throws IOException {
        pdf.space(6);
        pdf.paragraph(title, pdf.bold(), 13, 2);
    }
}
