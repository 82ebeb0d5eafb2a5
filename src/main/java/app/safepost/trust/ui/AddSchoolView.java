package app.safepost.trust.ui;

import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.security.Roles;
import app.safepost.trust.NewSchool;
import app.safepost.trust.TrustSchools;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/**
 * The trust leader adds a school: its name, URN, office e-mail, whole-school account and its policy,
 * copied from the trust's template with its name or pasted as its own, its logo and its classes with
 * their class accounts. Each problem shows next to its field and nothing is saved until all are put right.
 */
@Route("trust/add-school")
@PageTitle("Add a school · Safepost")
@Menu(title = "Add a school", order = -9)
@RolesAllowed(Roles.TRUST_LEADER)
public class AddSchoolView extends Main {

    static final String TEMPLATE = "Copy the trust's template, with the school's name";
    static final String OWN = "Paste the school's own policy";

    private final TrustSchools trustSchools;
    private final TextField name = TextLimits.atMost(120, new TextField("School name"));
    private final TextField urn = new TextField("URN");
    private final TextField contactEmail = TextLimits.atMost(254, new TextField("Office e-mail"));
    private final TextField wholeSchoolHandle = TextLimits.atMost(51, new TextField("Whole-school account on X"));
    private final RadioButtonGroup<String> policy = new RadioButtonGroup<>("Social-media policy");
    private final TextArea ownPolicyText = new TextArea("The school's own policy (Markdown)");
    private final NewSchoolLogo logo = new NewSchoolLogo();
    private final NewClassAccounts classAccounts = new NewClassAccounts();
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, HasValidation> fields = Map.of(
            "name",
            name,
            "urn",
            urn,
            "contactEmail",
            contactEmail,
            "wholeSchoolHandle",
            wholeSchoolHandle,
            "ownPolicyText",
            ownPolicyText,
            "logo",
            logo);

    AddSchoolView(TrustSchools trustSchools) {
        this.trustSchools = trustSchools;
        addClassName("screen");
        setMaxWidth("60rem");
        add(
                new H2("Add a school to the trust"),
                new Paragraph("The school starts with its own audit trail, consent"
                        + " purposes and settings, its whole-school account and its policy. Its staff sign in through the"
                        + " trust's single sign-on once their schools attribute names its URN."));
        name.setId("new-school-name");
        urn.setId("new-school-urn");
        urn.setHelperText("Six digits, from Get Information about Schools");
        urn.setMaxLength(6);
        contactEmail.setId("new-school-email");
        wholeSchoolHandle.setId("new-school-handle");
        wholeSchoolHandle.setHelperText("Starts with @, for example @OakfieldPrimary");
        policy.setId("new-school-policy");
        policy.setItems(TEMPLATE, OWN);
        policy.setValue(TEMPLATE);
        ownPolicyText.setId("new-school-policy-text");
        ownPolicyText.setWidthFull();
        ownPolicyText.setMinHeight("12rem");
        ownPolicyText.setVisible(false);
        policy.addValueChangeListener(e -> ownPolicyText.setVisible(OWN.equals(e.getValue())));
        // Validation is the service's; the browser's own checks would say it in other words.
        fields.forEach(errors::put);
        var form = new FormLayout(name, urn, contactEmail, wholeSchoolHandle);
        var save = new Button("Add the school", e -> save());
        save.setId("add-school");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, policy, ownPolicyText, logo, classAccounts, save);
    }

    private void save() {
        errors.clear();
        classAccounts.clearErrors();
        var school = new NewSchool(
                name.getValue(),
                urn.getValue(),
                contactEmail.getValue(),
                wholeSchoolHandle.getValue(),
                OWN.equals(policy.getValue()) ? ownPolicyText.getValue() : null,
                logo.logo(),
                classAccounts.value());
        try {
            var added = trustSchools.add(school);
            Notices.done(added.name() + " is in the trust. Give its staff URN " + added.urn()
                    + " in their schools attribute.");
            UI.getCurrent().navigate(TrustView.class);
        } catch (ConstraintViolationException invalid) {
            // The class accounts place their own messages, by row.
            errors.show(invalid.getConstraintViolations().stream()
                    .filter(v -> !v.getPropertyPath().toString().contains("classAccounts"))
                    .toList());
            classAccounts.show(invalid);
        }
    }
}
