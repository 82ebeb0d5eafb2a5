package app.safepost.policies.domain;

import app.safepost.common.PdfPages;
import app.safepost.common.SchoolTime;
import app.safepost.policies.PolicyVersion;
import java.io.IOException;

/**
 * A policy version as a plain A4 PDF for the school website and the governors' pack: the text with its
 * headings and lists, then the sign-off block (who signed, when, the next review, and the SHA-256 of
 * the exact text signed), headed by the school's logo and name, which also make the document's subject.
 */
public final class PolicyPdf {

    private PolicyPdf() {}

    public static byte[] of(PolicyVersion version, PdfPages.Letterhead school) {
        return PdfPages.write(
                version.title() + " (version " + version.number() + ")",
                "Policy of " + school.schoolName(),
                version.title() + " - version " + version.number(),
                school,
                pdf -> write(version, pdf));
    }

    private static void write(PolicyVersion version, PdfPages pdf) throws IOException {
        pdf.paragraph(version.title(), pdf.bold(), 16, 6);
        pdf.paragraph(
                "Version " + version.number() + (version.adopted() ? ", in force" : ", superseded"),
                pdf.regular(),
                10,
                12);
        for (var line : version.text().split("\r?\n")) {
            var stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (stripped.startsWith("#")) {
                int level = stripped.indexOf(' ') > 0 ? stripped.indexOf(' ') : 1;
                pdf.paragraph(clean(stripped.replaceFirst("^#+\\s*", "")), pdf.bold(), level <= 2 ? 14 : 12, 6);
            } else if (stripped.startsWith("- ") || stripped.startsWith("* ")) {
                pdf.paragraph("\u2022 " + clean(stripped.substring(2)), pdf.regular(), 10.5f, 4);
            } else {
                pdf.paragraph(clean(stripped), pdf.regular(), 10.5f, 8);
            }
        }
        pdf.space(10);
        pdf.paragraph("Sign-off", pdf.bold(), 13, 6);
        var signOff = version.signOff();
        if (signOff != null) {
            pdf.paragraph(
                    "Signed by " + signOff.signedByName() + ", head teacher, on " + SchoolTime.date(signOff.signedOn())
                            + ".",
                    pdf.regular(),
                    10.5f,
                    4);
        } else {
            pdf.paragraph(
                    "Adopted before the portal kept sign-offs: no signature is held for this version.",
                    pdf.regular(),
                    10.5f,
                    4);
        }
        pdf.paragraph("Date adopted: " + SchoolTime.date(version.adoptedOn()), pdf.regular(), 10.5f, 4);
        pdf.paragraph("Next review: " + SchoolTime.date(version.reviewDue()), pdf.regular(), 10.5f, 4);
        if (signOff != null && signOff.overrideReason() != null) {
            pdf.paragraph(
                    "Signed with comments still open: " + clean(signOff.overrideReason()), pdf.regular(), 10.5f, 4);
        }
        pdf.paragraph(
                (signOff != null ? "Fingerprint of the signed text" : "Fingerprint of the text") + " (SHA-256):",
                pdf.regular(),
                10.5f,
                2);
        pdf.paragraph(version.textSha256(), pdf.mono(), 8.5f, 4);
    }

    /** Markdown emphasis and link brackets removed; the words stay. */
    private static String clean(String text) {
        return text.replace("**", "").replace("__", "").replaceAll("<(https?://[^>]+)>", "$1");
    }
}
