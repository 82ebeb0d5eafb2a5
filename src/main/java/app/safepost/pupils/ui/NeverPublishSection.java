package app.safepost.pupils.ui;

import app.safepost.common.ui.Notices;
import app.safepost.pupils.NeverPublishRegister;
import app.safepost.pupils.PupilRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;

/**
 * Safeguarding, for the Designated Safeguarding Lead (set or clear "never publish", with a reason)
 * and the head teacher (reads the reason). Nobody else is shown this section or the reason.
 */
class NeverPublishSection extends Div {

    NeverPublishSection(NeverPublishRegister register, PupilRecord pupil, boolean dsl, Runnable changed) {
        setId("never-publish");
        add(new H3("Safeguarding: never publish"));
        var flagged = pupil.neverPublish();
        add(new Paragraph(
                flagged
                        ? "This pupil may not appear in any post, covered or not, nor be named, on any account."
                        : "This pupil may appear in posts as their photo consent allows."));
        Optional<String> reason = register.reason(pupil.id());
        reason.ifPresent(why -> {
            var shown = new Paragraph("Reason (only the DSL and the head teacher see it): " + why);
            shown.setId("never-publish-reason");
            add(shown);
        });
        if (dsl) {
            addChangeForm(register, pupil, flagged, changed);
        }
    }

    private void addChangeForm(NeverPublishRegister register, PupilRecord pupil, boolean flagged, Runnable changed) {
        var why = new TextArea(flagged ? "Why the flag is cleared" : "Reason");
        why.setId("never-publish-reason-field");
        why.setHelperText("Only the DSL and the head teacher will read it.");
        why.setMaxLength(NeverPublishRegister.MAX_REASON);
        why.setManualValidation(true);
        why.setWidthFull();
        var change = new Button(flagged ? "Clear never publish" : "Set never publish", e -> {
            try {
                register.change(pupil.id(), !flagged, why.getValue());
                Notices.done(
                        flagged
                                ? "The flag is cleared."
                                : "Never publish is set. Drafts and posts that"
                                        + " show or name the pupil are listed for SLT.");
                changed.run();
            } catch (IllegalArgumentException refused) {
                why.setErrorMessage(refused.getMessage());
                why.setInvalid(true);
            }
        });
        change.setId("change-never-publish");
        change.addThemeVariants(flagged ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
        add(why, change);
    }
}
