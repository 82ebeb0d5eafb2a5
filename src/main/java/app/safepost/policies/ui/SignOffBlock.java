package app.safepost.policies.ui;

import app.safepost.common.SchoolTime;
import app.safepost.policies.PolicyVersion;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** The sign-off block under a version's text, worded as in the PDF. */
final class SignOffBlock {

    private SignOffBlock() {
    }

    static Div of(PolicyVersion version) {
        var block = new Div(new H4("Sign-off"));
        block.addClassName("sign-off");
        var signOff = version.signOff();
        block.add(new Paragraph(signOff == null
                ? "Adopted before the portal kept sign-offs: no signature is held for this version."
                : "Signed by " + signOff.signedByName() + ", head teacher, on " + SchoolTime.date(signOff.signedOn())
                + "."));
        block.add(new Paragraph("Date adopted: " + SchoolTime.date(version.adoptedOn()) + ". Next review: "
                + SchoolTime.date(version.reviewDue()) + "."));
        if (signOff != null && signOff.overrideReason() != null) {
            block.add(new Paragraph("Signed with comments still open: " + signOff.overrideReason()));
        }
        var hash = new Paragraph("SHA-256 of the text" + (signOff == null ? "" : " signed") + ": "
                + version.textSha256());
        hash.addClassName("sha256");
        block.add(hash);
        return block;
    }
}
