package app.safepost.pupils.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentEntry;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilConsents;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PurposeSummary;
import app.safepost.school.StaffNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A pupil's photo consent per purpose as it stands today, the office's form to record a decision for
 * one purpose, and every earlier decision with who recorded it (a member of staff, or the parent who
 * answered the online form).
 */
class PupilConsentSection extends Div {

    private final ConsentRegister register;
    private final PupilRecord pupil;
    /** The purposes asked for now; retired ones only name old decisions. */
    private final List<PurposeSummary> purposes;

    private final List<PurposeSummary> all;
    private final LocalDate today;
    private final Runnable recorded;
    private final StaffNames staffNames;

    PupilConsentSection(
            ConsentRegister register,
            PupilRecord pupil,
            List<PurposeSummary> purposes,
            LocalDate today,
            boolean office,
            StaffNames staffNames,
            Runnable recorded) {
        this.register = register;
        this.staffNames = staffNames;
        this.pupil = pupil;
        this.all = purposes;
        this.purposes = purposes.stream().filter(p -> !p.retired()).toList();
        this.today = today;
        this.recorded = recorded;
        setId("pupil-consent");
        add(new H3("Photo consent"));
        if (pupil.neverPublish()) {
            var never = new Paragraph("May not appear in any post, covered or not, on any account.");
            never.setId("never-publish-notice");
            never.addClassName("never-publish");
            add(never);
        }
        add(now(pupil.consents()));
        if (office) {
            add(form());
        }
        add(history());
    }

    private Grid<PurposeSummary> now(PupilConsents consents) {
        var grid = new Grid<PurposeSummary>(PurposeSummary.class, false);
        grid.setId("consent-now");
        grid.setAriaLabel("Photo consent by purpose");
        grid.addColumn(PurposeSummary::name)
                .setHeader("Purpose")
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(p -> consents.stateOn(p.code(), today).label())
                .setHeader("Consent")
                .setAutoWidth(true);
        grid.addColumn(p -> date(
                        consents.of(p.code()) == null
                                ? null
                                : consents.of(p.code()).recordedOn()))
                .setHeader("Given on")
                .setAutoWidth(true);
        grid.addColumn(p ->
                        consents.of(p.code()) == null || !consents.of(p.code()).consent()
                                ? ""
                                : consents.of(p.code()).expiresOn() == null
                                        ? "Until withdrawn"
                                        : SchoolTime.date(consents.of(p.code()).expiresOn()))
                .setHeader("Expires")
                .setAutoWidth(true);
        grid.addColumn(p -> consents.of(p.code()) == null
                        ? ""
                        : consents.of(p.code()).source().label())
                .setHeader("Source")
                .setAutoWidth(true);
        grid.setItems(purposes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div form() {
        var purpose = purposeSelect();
        var consent = new RadioButtonGroup<Boolean>("Decision");
        consent.setItems(true, false);
        consent.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        consent.setValue(false);
        var source = sourceSelect();
        var recordedOn = datePicker("Date given", today);
        var expiresOn = datePicker("Expires on", null);
        expiresOn.setHelperText("Leave empty for the school's default.");
        var note = new TextField("Note");
        note.setManualValidation(true);
        note.setMaxLength(500);
        var errors = new FieldErrors()
                .put("recordedOn", recordedOn)
                .put("expiresOn", expiresOn)
                .put("expiryAfterGiven", expiresOn)
                .put("note", note);
        var record = new Button(
                "Record decision",
                e -> record(
                        errors,
                        () -> new ConsentDecision(
                                purpose.getValue() == null
                                        ? null
                                        : purpose.getValue().code(),
                                Objects.requireNonNullElse(consent.getValue(), false),
                                source.getValue(),
                                recordedOn.getValue(),
                                expiresOn.getValue(),
                                note.getValue())));
        record.setId("record-consent");
        var box = new Div(new FormLayout(purpose, consent, source, recordedOn, expiresOn, note), record);
        box.setId("consent-form");
        return box;
    }

    private void record(FieldErrors errors, Supplier<ConsentDecision> decision) {
        errors.clear();
        try {
            var changed = register.record(pupil.id(), decision.get());
            Notices.done(changed ? "Consent decision recorded." : "That is the decision already recorded.");
            recorded.run();
        } catch (ConstraintViolationException invalid) {
            errors.show(invalid);
        }
    }

    private Select<PurposeSummary> purposeSelect() {
        var purpose = new Select<PurposeSummary>();
        purpose.setLabel("Purpose");
        purpose.setItems(purposes);
        purpose.setItemLabelGenerator(PurposeSummary::name);
        purpose.setValue(purposes.isEmpty() ? null : purposes.getFirst());
        return purpose;
    }

    private static Select<ConsentSource> sourceSelect() {
        var source = new Select<ConsentSource>();
        source.setLabel("Source");
        source.setItems(ConsentSource.GDPR_FORM, ConsentSource.PARENT_REQUEST);
        source.setItemLabelGenerator(ConsentSource::label);
        source.setValue(ConsentSource.GDPR_FORM);
        return source;
    }

    private Grid<ConsentEntry> history() {
        var names = all.stream().collect(Collectors.toMap(PurposeSummary::code, PurposeSummary::name));
        var grid = new Grid<ConsentEntry>(ConsentEntry.class, false);
        grid.setId("consent-history");
        grid.setAriaLabel("Photo consent history");
        grid.addColumn(c -> names.getOrDefault(c.purpose(), c.purpose()))
                .setHeader("Purpose")
                .setFlexGrow(1);
        grid.addColumn(c -> c.consent() ? "Yes" : "No")
                .setHeader("Consent")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.source().label()).setHeader("Source").setAutoWidth(true);
        grid.addColumn(c -> date(c.recordedOn())).setHeader("Date given").setAutoWidth(true);
        grid.addColumn(c -> date(c.expiresOn())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(c -> staffNames.of(c.recordedBy()))
                .setHeader("Recorded by")
                .setAutoWidth(true);
        grid.addColumn(c -> c.note() == null ? "" : c.note()).setHeader("Note").setFlexGrow(1);
        grid.setItems(register.history(pupil.id()).reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static DatePicker datePicker(String label, LocalDate value) {
        var picker = SchoolTimeFields.date(label);
        picker.setValue(value);
        picker.setManualValidation(true);
        return picker;
    }

    private static String date(LocalDate date) {
        return SchoolTime.date(date);
    }
}
