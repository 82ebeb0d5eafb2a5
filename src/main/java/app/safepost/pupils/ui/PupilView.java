package app.safepost.pupils.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.pupils.ConsentForms;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.NeverPublishRegister;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffNames;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One pupil's full record, consent register and history: the office edits, SLT reads, the Designated
 * Safeguarding Lead sets "never publish". {@code pupils/new} adds a pupil by hand.
 */
@Route("pupils/:id")
@PageTitle("Pupil · Safepost")
@RolesAllowed({Roles.OFFICE, Roles.SLT, Roles.DSL, Roles.DPO})
public class PupilView extends Main implements BeforeEnterObserver {

    private final PupilRoster roster;
    private final ConsentRegister register;
    private final ConsentPurposes purposes;
    private final NeverPublishRegister neverPublish;
    private final ConsentForms forms;
    private final List<ClassSummary> classes;
    private final Clock clock;
    private final StaffNames names;
    private final boolean office;
    private final TextField upn = TextLimits.atMost(13, new TextField("UPN"));
    private final TextField firstName = TextLimits.atMost(60, new TextField("First name"));
    private final TextField surname = TextLimits.atMost(60, new TextField("Surname"));
    private final TextField preferredName = TextLimits.atMost(60, new TextField("Preferred name"));
    private final Select<ClassSummary> schoolClass = new Select<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private PupilRecord pupil;

    PupilView(
            PupilRoster roster,
            ConsentRegister register,
            ConsentPurposes purposes,
            NeverPublishRegister neverPublish,
            ConsentForms forms,
            SchoolDirectory directory,
            Clock clock) {
        this.roster = roster;
        this.names = directory.staffNames();
        this.register = register;
        this.purposes = purposes;
        this.neverPublish = neverPublish;
        this.forms = forms;
        this.classes = directory.classes();
        this.clock = clock;
        this.office = SignedInStaff.current().orElseThrow().hasRole(Roles.OFFICE);
        addClassName("screen");
        schoolClass.setLabel("Class");
        schoolClass.setItems(classes);
        schoolClass.setItemLabelGenerator(ClassSummary::name);
        fields.put("upn", upn);
        fields.put("firstName", firstName);
        fields.put("surname", surname);
        fields.put("preferredName", preferredName);
        fields.put("classId", schoolClass);
        fields.forEach(errors::put);
        upn.setHelperText("13 characters, like J820300124001");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        if ("new".equals(id)) {
            if (!office) {
                event.rerouteToError(AccessDeniedException.class);
                return;
            }
            showNew();
            return;
        }
        try {
            pupil = roster.record(new PupilId(UUID.fromString(id))).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            pupil = null;
        }
        if (pupil == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        showPupil();
    }

    private void showNew() {
        add(
                new H2("Add a pupil"),
                new Paragraph(
                        "Photo consent starts as no until you record the parents'"
                                + " decision. Pupils added here are archived by the next roster import unless the MIS lists them."));
        var form = form(false);
        var save = new Button("Add pupil", e -> save(true));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    private void showPupil() {
        add(new H2(pupil.fullName() + (pupil.archived() ? " (archived)" : "")));
        add(form(true));
        fill();
        if (office) {
            var save = new Button("Save changes", e -> save(false));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
        var staff = SignedInStaff.current().orElseThrow();
        Runnable reload = () -> getUI().ifPresent(ui -> ui.navigate("pupils/" + pupil.id()));
        add(new PupilConsentSection(
                register,
                pupil,
                purposes.all(),
                LocalDate.now(clock.withZone(SchoolTime.ZONE)),
                office,
                names,
                reload));
        add(new ParentEmailsSection(roster, forms, pupil, office, reload));
        if (staff.hasRole(Roles.DSL) || staff.hasRole(Roles.HEAD_TEACHER)) {
            add(new NeverPublishSection(neverPublish, pupil, staff.hasRole(Roles.DSL), reload));
        }
        if (staff.hasRole(Roles.SLT) || staff.hasRole(Roles.DPO)) { // subject access's screen, by its address
            add(new Paragraph(
                    new Anchor("pupils/" + pupil.id() + "/everything-we-hold", "Everything we hold about this pupil")));
        }
        add(new PupilHistorySection(roster, pupil, classes));
    }

    private FormLayout form(boolean existing) {
        upn.setReadOnly(existing);
        for (var field : List.<HasValue<?, ?>>of(firstName, surname, preferredName, schoolClass)) {
            field.setReadOnly(!office);
        }
        var form = new FormLayout(upn, firstName, surname, preferredName, schoolClass);
        form.setId("pupil-form");
        return form;
    }

    private void fill() {
        upn.setValue(pupil.upn());
        firstName.setValue(pupil.firstName());
        surname.setValue(pupil.surname());
        preferredName.setValue(pupil.preferredName() == null ? "" : pupil.preferredName());
        schoolClass.setValue(classes.stream()
                .filter(c -> c.id().equals(pupil.classId()))
                .findFirst()
                .orElse(null));
    }

    private void save(boolean adding) {
        errors.clear();
        var details = new PupilDetails(
                upn.getValue(),
                firstName.getValue(),
                surname.getValue(),
                preferredName.getValue(),
                schoolClass.getValue() == null ? null : schoolClass.getValue().id());
        try {
            var saved = adding ? roster.enrol(details) : roster.update(pupil.id(), details, pupil.version());
            Notices.done(adding ? "Pupil added." : "Changes saved.");
            getUI().ifPresent(ui -> ui.navigate("pupils/" + saved.id()));
        } catch (ConstraintViolationException invalid) {
            errors.show(invalid);
        } catch (PupilRoster.UpnAlreadyOnRoster inUse) {
            errors.show("upn", inUse.getMessage());
        } catch (OptimisticLockingFailureException stale) {
            Notices.warn("Someone else saved this pupil while you were editing. Their version is shown;"
                    + " make your change again.");
            getUI().ifPresent(ui -> ui.navigate("pupils/" + pupil.id()));
        }
    }
}
