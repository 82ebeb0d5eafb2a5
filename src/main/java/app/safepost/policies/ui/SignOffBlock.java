package app.safepost.policies.ui;

import app.safepost.common.SchoolTime;
import app.safepost.policies.PolicyVersion;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The sign-off block under a version's text, worded as in the PDF. */
final class SignOffBlock {

    private SignOffBlock() {}

    static Div of(PolicyVersion version) {
        var block = new Div(new H4("Sign-off"));
        block.addClassName("sign-off");
        var signOff = version.signOff();
        block.add(new Paragraph(
                signOff == null
                        ? "Adopted before the portal kept sign-offs: no signature is held for this version."
                        : "Signed by " + signOff.signedByName() + ", head teacher, on "
                                + SchoolTime.date(signOff.signedOn()) + "."));
        block.add(new Paragraph("Date adopted: " + SchoolTime.date(version.adoptedOn()) + ". Next review: "
                + SchoolTime.date(version.reviewDue()) + "."));
        if (signOff != null && signOff.overrideReason() != null) {
            block.add(new Paragraph("Signed with comments still open: " + signOff.overrideReason()));
        }
        block.add(fingerprint(
                signOff == null ? "Fingerprint of the text" : "Fingerprint of the signed text", version.textSha256()));
        return block;
    }

    /** The text's fingerprint (its SHA-256) behind a disclosure: a check value, not something to read. */
    static Details fingerprint(String summary, String sha256) {
        var value = new Span(sha256);
        value.addClassName("sha256");
        var details = new Details(
                summary,
                new Paragraph("A check value computed from the exact text (SHA-256): if"
                        + " even one letter of the text changes, it changes."),
                new Paragraph(value));
        details.addClassName("fingerprint");
        return details;
    }
}
