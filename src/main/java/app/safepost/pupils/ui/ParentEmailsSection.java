package app.safepost.pupils.ui;

import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.pupils.ConsentFormRefused;
import app.safepost.pupils.ConsentForms;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The parents' e-mail addresses and, for the office, sending them the online consent form. */
class ParentEmailsSection extends Div {

    ParentEmailsSection(PupilRoster roster, ConsentForms forms, PupilRecord pupil, boolean office, Runnable changed) {
        setId("parent-emails");
        add(new H3("Parents' e-mail"));
        var addresses = TextLimits.atMost(520, new TextField("Parents' e-mail addresses"));
        addresses.setId("parent-emails-field");
        addresses.setHelperText("One or two, separated by a semicolon.");
        addresses.setValue(String.join("; ", pupil.parentEmails()));
        addresses.setReadOnly(!office);
        addresses.setManualValidation(true);
        addresses.setWidth("30em");
        if (!office) {
            add(addresses);
            return;
        }
        var save = new Button("Save addresses", e -> {
            addresses.setInvalid(false);
            try {
                roster.changeParentEmails(pupil.id(), addresses.getValue());
                Notices.done("Addresses saved.");
                changed.run();
            } catch (IllegalArgumentException refused) {
                addresses.setErrorMessage(refused.getMessage());
                addresses.setInvalid(true);
            }
        });
        var row = new HorizontalLayout(addresses, save, sendButton(forms, pupil, addresses));
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(
                row,
                new Paragraph("The form asks the parents about every purpose; their answers are recorded here"
                        + " as from the online form, with their name."));
    }

    private static Button sendButton(ConsentForms forms, PupilRecord pupil, TextField addresses) {
        var send = new Button("Send consent form", e -> {
            try {
                int sent = forms.send(pupil.id());
                Notices.done("Consent form sent to " + sent + (sent == 1 ? " address." : " addresses.")
                        + " Each link works once, for 30 days.");
            } catch (ConsentFormRefused refused) {
                addresses.setErrorMessage(refused.getMessage());
                addresses.setInvalid(true);
            }
        });
        send.setId("send-consent-form");
        return send;
    }
}
