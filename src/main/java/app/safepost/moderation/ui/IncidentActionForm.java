package app.safepost.moderation.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.common.ui.TextLimits;
import app.safepost.moderation.Authority;
import app.safepost.moderation.IncidentAction;
import app.safepost.moderation.IncidentDetails;
import app.safepost.moderation.Incidents;
import app.safepost.moderation.ModerationRefused;
import app.safepost.moderation.StepKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** SLT record what they did about an incident: a report to the platform, an escalation, a note. */
class IncidentActionForm extends Div {

    private static final List<StepKind> RECORDABLE = List.of(
            StepKind.CONTENT_DELETED,
            StepKind.REPORTED_TO_PLATFORM,
            StepKind.ESCALATED,
            StepKind.PARENTS_INFORMED,
            StepKind.NOTE);

    private final IncidentDetails details;
    private final Incidents incidents;
    private final Runnable changed;

    IncidentActionForm(IncidentDetails details, Incidents incidents, Clock clock, Runnable changed) {
        this.details = details;
        this.incidents = incidents;
        this.changed = changed;
        var kind = kindSelect();
        var detail = TextLimits.atMost(2000, new TextArea("Details"));
        detail.setId("action-detail");
        var authority = authoritySelect();
        var contact = TextLimits.atMost(200, new TextField("Who at the authority"));
        contact.setId("action-contact");
        var on = escalatedOn(clock);
        var reference = TextLimits.atMost(200, new TextField("Reference"));
        reference.setId("action-reference");
        reference.setHelperText("The platform's report reference, or the authority's case or crime number.");
        var errors = new FieldErrors()
                .put("kind", kind)
                .put("detail", detail)
                .put("authority", authority)
                .put("authorityContact", contact)
                .put("escalatedOn", on)
                .put("reference", reference);
        kind.addValueChangeListener(e -> showFieldsFor(e.getValue(), authority, contact, on, reference));
        showFieldsFor(kind.getValue(), authority, contact, on, reference);
        var record = new Button(
                "Record action",
                e -> recordAction(
                        errors,
                        () -> new IncidentAction(
                                kind.getValue(),
                                detail.getValue(),
                                authority.getValue(),
                                contact.getValue(),
                                on.getValue(),
                                reference.getValue())));
        record.setId("record-action");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(kind, detail, authority, contact, on, reference);
        add(new H4("Record an action"), form, record);
    }

    /** An escalation names the authority; a report to the platform or an escalation keeps a reference. */
    private static void showFieldsFor(
            @Nullable StepKind kind,
            Select<Authority> authority,
            TextField contact,
            DatePicker on,
            TextField reference) {
        var escalation = kind == StepKind.ESCALATED;
        authority.setVisible(escalation);
        contact.setVisible(escalation);
        on.setVisible(escalation);
        reference.setVisible(escalation || kind == StepKind.REPORTED_TO_PLATFORM);
    }

    private static DatePicker escalatedOn(Clock clock) {
        var on = SchoolTimeFields.date("Escalated on");
        on.setId("action-escalated-on");
        on.setValue(LocalDate.now(clock.withZone(SchoolTime.ZONE)));
        return on;
    }

    private static Select<StepKind> kindSelect() {
        var kind = new Select<StepKind>();
        kind.setLabel("Action taken");
        kind.setId("action-kind");
        kind.setItems(RECORDABLE);
        kind.setItemLabelGenerator(StepKind::label);
        return kind;
    }

    private static Select<Authority> authoritySelect() {
        var authority = new Select<Authority>();
        authority.setLabel("Authority");
        authority.setId("action-authority");
        authority.setItems(Authority.values());
        authority.setItemLabelGenerator(Authority::label);
        return authority;
    }

    private void recordAction(FieldErrors errors, Supplier<IncidentAction> action) {
        errors.clear();
        try {
            incidents.act(details.summary().id(), action.get());
            Notices.done("Action recorded.");
            changed.run();
        } catch (ModerationRefused refused) {
            errors.show(refused);
        }
    }
}
