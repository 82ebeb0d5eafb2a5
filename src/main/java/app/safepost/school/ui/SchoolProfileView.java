package app.safepost.school.ui;

import app.safepost.audit.ChangeType;
import app.safepost.audit.FieldChange;
import app.safepost.audit.RecordRevision;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.school.Schools;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The profile of the school in hand. Everyone signed in reads it; SLT and the head edit it and its
 * logo; SLT, the head and governors see its history (who, when, each field before and after). The URN
 * is shown, not edited: it is the key of the trust's single sign-on.
 */
@Route("school")
@PageTitle("School profile · Safepost")
@Menu(title = "School profile", order = 90)
@PermitAll
public class SchoolProfileView extends Main {

    static final Map<String, String> FIELD_LABELS = Map.of(
            "name", "School name",
            "contactEmail", "Contact e-mail",
            "contactPhone", "Contact phone",
            "address", "Address",
            "wholeSchoolHandle", "Whole-school account",
            "urn", "URN",
            "logoSha256", "Logo (fingerprint)",
            "logoType", "Logo type");

    private final SchoolProfileService service;
    private final TextField name = TextLimits.atMost(120, new TextField(FIELD_LABELS.get("name")));
    private final EmailField contactEmail = TextLimits.atMost(254, new EmailField(FIELD_LABELS.get("contactEmail")));
    private final TextField contactPhone = TextLimits.atMost(25, new TextField(FIELD_LABELS.get("contactPhone")));
    private final TextArea address = TextLimits.atMost(300, new TextArea(FIELD_LABELS.get("address")));
    private final TextField wholeSchoolHandle =
            TextLimits.atMost(51, new TextField(FIELD_LABELS.get("wholeSchoolHandle")));
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private final Grid<RecordRevision> history = new Grid<>(RecordRevision.class, false);
    private long version;

    SchoolProfileView(SchoolProfileService service, Schools schools, SchoolDirectory directory) {
        this.service = service;
        addClassName("screen");
        var staff = SignedInStaff.current().orElseThrow();
        boolean canEdit = staff.hasRole(Roles.SLT);
        configureFields();

        var form = new FormLayout(name, contactEmail, contactPhone, wholeSchoolHandle, address);
        form.setColspan(address, 2);
        add(new H2("School profile"), form);
        show(service.profile());
        schools.inHand().ifPresent(school -> {
            var urn = new TextField(FIELD_LABELS.get("urn"), school.urn() == null ? "" : school.urn(), "");
            urn.setId("school-urn");
            urn.setReadOnly(true);
            urn.setHelperText("The school's Unique Reference Number: the trust's single sign-on names schools by it");
            form.add(urn);
        });

        if (canEdit) {
            var save = new Button("Save changes", event -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-profile");
            add(save);
        } else {
            fields.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(true));
        }
        add(new ChairOfGovernorsSection(service, directory, canEdit));
        schools.inHand()
                .ifPresent(school -> add(new SchoolLogoSection(service, schools, school.id(), school.name(), canEdit)));
        if (staff.hasRole(Roles.SLT) || staff.hasRole(Roles.GOVERNOR) || Roles.inTheTrustTeam(staff.roles())) {
            var inTrail = new Anchor(service.historyLink(), "Open this history in the audit trail");
            inTrail.setId("profile-history-link");
            add(new H3("History"), inTrail, historyGrid());
            refreshHistory();
        }
    }

    private void configureFields() {
        fields.put("name", name);
        fields.put("contactEmail", contactEmail);
        fields.put("contactPhone", contactPhone);
        fields.put("address", address);
        fields.put("wholeSchoolHandle", wholeSchoolHandle);
        fields.forEach(errors::put);
        name.setRequiredIndicatorVisible(true);
        contactEmail.setRequiredIndicatorVisible(true);
        wholeSchoolHandle.setRequiredIndicatorVisible(true);
        // Validation is the service's; the browser's own checks would duplicate it in other words.
        contactEmail.setManualValidation(true);
        name.setManualValidation(true);
        wholeSchoolHandle.setManualValidation(true);
        contactPhone.setManualValidation(true);
        address.setManualValidation(true);
        wholeSchoolHandle.setHelperText("Starts with @, for example @OakfieldPrimary");
    }

    private void save() {
        errors.clear();
        var change = new SchoolProfile(
                name.getValue(),
                contactEmail.getValue(),
                contactPhone.getValue(),
                address.getValue(),
                wholeSchoolHandle.getValue(),
                version);
        try {
            show(service.update(change));
            refreshHistory();
            Notices.done("Profile saved.");
        } catch (ConstraintViolationException invalid) {
            errors.show(invalid);
        } catch (OptimisticLockingFailureException stale) {
            Notices.warn("Someone else saved the profile while you were editing. Their version is shown;"
                    + " make your change again.");
            show(service.profile());
            refreshHistory();
        }
    }

    private void show(SchoolProfile profile) {
        name.setValue(profile.name());
        contactEmail.setValue(profile.contactEmail());
        contactPhone.setValue(profile.contactPhone());
        address.setValue(profile.address());
        wholeSchoolHandle.setValue(profile.wholeSchoolHandle());
        version = profile.version();
    }

    private Grid<RecordRevision> historyGrid() {
        history.setId("profile-history");
        history.setAriaLabel("History of the school profile");
        history.setEmptyStateText("No changes yet.");
        history.addColumn(r -> SchoolTime.dateTime(r.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(RecordRevision::by)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addComponentColumn(SchoolProfileView::describe)
                .setHeader("What changed")
                .setFlexGrow(1);
        history.setAllRowsVisible(true);
        return history;
    }

    private void refreshHistory() {
        if (history.getParent().isPresent()) {
            history.setItems(service.history().reversed());
        }
    }

    static Div describe(RecordRevision revision) {
        var changes = new Div();
        changes.addClassName("history-change");
        if (revision.type() == ChangeType.ADDED) {
            changes.add(new Span("Created"));
            return changes;
        }
        for (FieldChange change : revision.changes()) {
            var line = new Div(
                    new Span(FIELD_LABELS.getOrDefault(change.field(), change.field()) + ": "),
                    styled(change.before(), "history-before"),
                    new Span(" → "),
                    styled(change.after(), "history-after"));
            changes.add(line);
        }
        return changes;
    }

    private static Span styled(Object value, String className) {
        var span = new Span(value == null || value.toString().isEmpty() ? "(empty)" : value.toString());
        span.addClassName(className);
        return span;
    }
}
