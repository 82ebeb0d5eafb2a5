package app.safepost.pupils.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.pupils.ConsentFormAnswers;
import app.safepost.pupils.ConsentFormPage;
import app.safepost.pupils.ConsentFormRefused;
import app.safepost.pupils.ConsentForms;
import app.safepost.pupils.PurposeSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.Map;

/**
 * The portal's only public page: a parent opens it from the link in the school's e-mail, outside
 * single sign-on, and answers the photo consent form on any phone. It shows the school's name and the
 * child's first name, nothing else about the child; an expired or used link gets a plain explanation
 * and no detail. Each opening and each submission counts against the visitor's address and the link.
 */
@Route(value = "consent-form/:token", autoLayout = false)
@PageTitle("Photo consent form")
@AnonymousAllowed
public class ConsentFormView extends Main implements BeforeEnterObserver {

    private final ConsentForms forms;
    private String token = "";

    ConsentFormView(ConsentForms forms) {
        this.forms = forms;
        addClassName("public-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        show(forms.open(token, clientAddress()));
    }

    private void show(ConsentFormPage page) {
        removeAll();
        switch (page) {
            case ConsentFormPage.Open open -> form(open);
            case ConsentFormPage.Recorded recorded -> recorded(recorded);
            case ConsentFormPage.Closed closed -> closed(closed.reason());
        }
    }

    private void form(ConsentFormPage.Open open) {
        add(
                schoolName(open.schoolName()),
                new H2("Photo consent for " + open.firstName()),
                new Paragraph("Please tell the school where photos of " + open.firstName() + " may be used. Answer"
                        + " each question; you can change your answers later with the link we e-mail you."));
        var fields = new FieldErrors();
        var answers = new HashMap<String, RadioButtonGroup<Boolean>>();
        for (PurposeSummary purpose : open.purposes()) {
            var question = new RadioButtonGroup<Boolean>(purpose.name());
            question.setHelperText(purpose.explanation());
            question.setItems(true, false);
            question.setItemLabelGenerator(yes -> yes ? "Yes, I agree" : "No");
            question.addClassName("consent-question");
            answers.put(purpose.code(), question);
            fields.put("purpose:" + purpose.code(), question);
            add(question);
        }
        var name = new TextField("Your name");
        name.setMaxLength(ConsentFormAnswers.MAX_NAME);
        name.setAutocomplete(Autocomplete.NAME);
        name.setWidthFull();
        var responsibility = new Checkbox("I have parental responsibility for " + open.firstName());
        fields.put("parentName", name);
        fields.put("parentalResponsibility", responsibility);
        var send = new Button("Send my answers", e -> submit(answers, fields, name, responsibility));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-answers");
        add(name, responsibility, send);
    }

    /** Sends the answers; what the portal refuses is shown next to its field and nothing is recorded. */
    private void submit(
            Map<String, RadioButtonGroup<Boolean>> answers,
            FieldErrors fields,
            TextField name,
            Checkbox responsibility) {
        fields.clear();
        var given = new HashMap<String, Boolean>();
        answers.forEach((code, question) -> {
            if (question.getValue() != null) {
                given.put(code, question.getValue());
            }
        });
        try {
            show(forms.answer(
                    token, clientAddress(), new ConsentFormAnswers(given, name.getValue(), responsibility.getValue())));
        } catch (ConsentFormRefused refused) {
            fields.show(refused);
        }
    }

    private void recorded(ConsentFormPage.Recorded recorded) {
        add(schoolName(recorded.schoolName()), new H2("Thank you, " + recorded.parentName()));
        var list = new UnorderedList();
        list.setId("recorded-answers");
        for (var answer : recorded.answers()) {
            list.add(new ListItem(answer.purposeName() + ": " + (answer.consent() ? "yes" : "no")
                    + (answer.expiresOn() == null ? "" : " (until " + SchoolTime.date(answer.expiresOn()) + ")")));
        }
        add(
                new Paragraph("The school has recorded your answers for " + recorded.firstName() + ":"),
                list,
                new Paragraph("We have e-mailed you a copy, with a link to change your answers. This page's link"
                        + " cannot be used again."));
    }

    private void closed(ConsentFormPage.Reason reason) {
        var title = new H1("This link cannot be used");
        var text = switch (reason) {
            case NOT_FOUND ->
                "This link does not work. Check that you opened the whole link from the school's"
                        + " e-mail, or ask the school office for a new one.";
            case USED ->
                "This link has already been used: each link works once. To change your answers, use the"
                        + " link in your confirmation e-mail, or ask the school office for a new one.";
            case EXPIRED -> "This link has expired: links work for 30 days. Ask the school office for a new one.";
            case TOO_MANY_ATTEMPTS -> "There have been too many attempts. Please wait an hour and try again.";
        };
        var explanation = new Paragraph(text);
        explanation.setId("link-closed");
        add(title, explanation);
    }

    /** The school's name, at a size that fits a phone's width. */
    private static H1 schoolName(String name) {
        var heading = new H1(name);
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        return heading;
    }

    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
