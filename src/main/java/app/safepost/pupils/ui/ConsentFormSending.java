package app.safepost.pupils.ui;

import app.safepost.pupils.ConsentForms;
import app.safepost.pupils.ConsentFormsSent;
import app.safepost.school.ClassSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The office sends the online consent form to the parents of a whole class, or of the whole school at
 * the start of the year; each address gets its own single-use link. The result says how many e-mails
 * went and whose parents have no address on the roster.
 */
class ConsentFormSending extends Div {

    private final ConsentForms forms;
    private final Paragraph result = new Paragraph();

    ConsentFormSending(ConsentForms forms, List<ClassSummary> classes) {
        this.forms = forms;
        setId("consent-form-sending");
        var who = new Select<Optional<ClassSummary>>();
        who.setLabel("Send the consent form to the parents of");
        var choices = new ArrayList<Optional<ClassSummary>>();
        choices.add(Optional.empty());
        classes.forEach(c -> choices.add(Optional.of(c)));
        who.setItems(choices);
        who.setItemLabelGenerator(c -> c.map(ClassSummary::name).orElse("The whole school"));
        who.setValue(choices.size() > 1 ? choices.get(1) : choices.getFirst());
        var send = new Button("Send consent forms", e -> confirm(who.getValue()));
        send.setId("send-consent-forms");
        result.setId("consent-forms-sent");
        result.getElement().setAttribute("role", "status");
        var row = new HorizontalLayout(who, send);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H3("Online consent form"),
                new Paragraph("Parents answer each purpose online; their answers"
                        + " are recorded with their name. Each link works once, for 30 days."),
                row,
                result);
    }

    private void confirm(Optional<ClassSummary> schoolClass) {
        var whom = schoolClass.map(c -> "the parents of " + c.name()).orElse("the parents of every pupil on roll");
        var dialog = new ConfirmDialog(
                "Send consent forms?",
                "An e-mail goes to " + whom + " with a link to the" + " consent form.",
                "Send",
                e -> show(schoolClass.map(c -> forms.sendToClass(c.id())).orElseGet(forms::sendToSchool)));
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.open();
    }

    private void show(ConsentFormsSent sent) {
        var text = sent.emails() + (sent.emails() == 1 ? " e-mail" : " e-mails") + " to the parents of " + sent.pupils()
                + (sent.pupils() == 1 ? " pupil" : " pupils") + " are on their way.";
        if (!sent.withoutAddress().isEmpty()) {
            text += " No parent e-mail address for: " + String.join(", ", sent.withoutAddress()) + ".";
        }
        result.setText(text);
    }
}
