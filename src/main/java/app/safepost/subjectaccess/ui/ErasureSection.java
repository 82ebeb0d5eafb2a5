package app.safepost.subjectaccess.ui;

import app.safepost.common.ui.Notices;
import app.safepost.pupils.PupilRecord;
import app.safepost.subjectaccess.ErasureRefused;
import app.safepost.subjectaccess.SubjectAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Erasing a pupil's photos, once the pupil's full name is typed: every post that shows them is taken
 * down from its platform, the photos are deleted from every draft and from the portal, and only the
 * fact is kept in the audit trail.
 */
class ErasureSection extends Div {

    private final SubjectAccess subjectAccess;
    private final PupilRecord pupil;
    private final TextField confirmation = new TextField("Type the pupil's full name to confirm");
    private final Paragraph problem = new Paragraph();
    private final Paragraph outcome = new Paragraph();

    ErasureSection(SubjectAccess subjectAccess, PupilRecord pupil) {
        this.subjectAccess = subjectAccess;
        this.pupil = pupil;
        int posts = subjectAccess.postsShowing(pupil.upn()).size();
        add(new Paragraph("When the consent the school relied on for photos of " + pupil.fullName() + " is withdrawn"
                + " and the photos must go: "
                + (posts == 1 ? "1 post showing them is" : posts + " posts showing them are")
                + " on a platform or waiting to go out. Erasing takes them down through the platforms, deletes"
                + " every photo that shows the pupil from drafts and from the portal, and keeps only the fact"
                + " (who, when, how many) in the audit trail. It cannot be undone."));
        confirmation.setId("erasure-confirmation");
        confirmation.setManualValidation(true);
        confirmation.setMaxLength(200);
        confirmation.setWidth("24rem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        outcome.getElement().setAttribute("role", "status");
        var erase = new Button("Erase photos and take down posts", e -> erase());
        erase.setId("erase-photos");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(confirmation, new Div(erase), problem, outcome);
    }

    private void erase() {
        confirmation.setInvalid(false);
        problem.setText("");
        try {
            var done = subjectAccess.erase(pupil.upn(), confirmation.getValue());
            confirmation.clear();
            var text = "Erased: " + done.postsTakenDown() + (done.postsTakenDown() == 1 ? " post" : " posts")
                    + " taken down, " + done.photosDeleted() + (done.photosDeleted() == 1 ? " photo" : " photos")
                    + " deleted, " + done.draftsChanged() + (done.draftsChanged() == 1 ? " draft" : " drafts")
                    + " changed.";
            outcome.setText(text);
            Notices.done(text);
        } catch (ErasureRefused refused) {
            if (refused.field().equals("confirmation")) {
                confirmation.setErrorMessage(refused.getMessage());
                confirmation.setInvalid(true);
                confirmation.focus();
            } else {
                problem.setText(refused.getMessage());
            }
        }
    }
}
