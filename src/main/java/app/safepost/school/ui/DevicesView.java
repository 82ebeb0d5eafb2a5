package app.safepost.school.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.school.DeviceDetails;
import app.safepost.school.DeviceEnrolmentSummary;
import app.safepost.school.DeviceEnrolments;
import app.safepost.school.DeviceId;
import app.safepost.school.DeviceKey;
import app.safepost.school.DeviceSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The register of school iPads (P3: photos are taken on school iPads only). The office keeps it and
 * enrols each iPad's browser on the iPad itself; SLT read it. Retired devices stay listed so older
 * photos can still be traced.
 */
@Route("devices")
@PageTitle("School iPads · Safepost")
@Menu(title = "School iPads", order = 70)
@RolesAllowed({Roles.OFFICE, Roles.SLT})
public class DevicesView extends Main {

    private final SchoolDirectory directory;
    private final DeviceEnrolments enrolments;
    private final DeviceEnrolmentDialogs enrolmentDialogs;
    private final Grid<DeviceSummary> grid = new Grid<>(DeviceSummary.class, false);
    private final Paragraph thisBrowser = new Paragraph();
    private final boolean office;
    private @Nullable DeviceKey here = DeviceEnrolmentDialogs.presentedHere();
    private Map<DeviceId, DeviceEnrolmentSummary> enrolled = Map.of();
    private Map<String, String> staffNames = Map.of();

    DevicesView(SchoolDirectory directory, DeviceEnrolments enrolments) {
        this.directory = directory;
        this.enrolments = enrolments;
        this.enrolmentDialogs = new DeviceEnrolmentDialogs(enrolments, key -> {
            here = key == null ? here : key;
            refresh();
        });
        this.office = SignedInStaff.current().orElseThrow().hasRole(Roles.OFFICE);
        addClassName("screen");
        add(
                new H2("School iPads"),
                new Paragraph("Photos for the school's accounts are taken on these devices"
                        + " only. A photo counts as taken on one when its camera's serial number is on this register, or"
                        + " when it is uploaded from an iPad enrolled here and its make and model fit that iPad. iPads write"
                        + " no serial number into their photos: open this screen on each iPad and enrol it."));
        thisBrowser.setId("this-browser");
        add(thisBrowser);
        if (office) {
            var register = new Button("Register a device", e -> edit(null));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(register);
        }
        showColumns();
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void showColumns() {
        grid.setId("devices");
        grid.setAriaLabel("School devices");
        grid.setEmptyStateText("No school iPads registered yet.");
        grid.addColumn(DeviceSummary::label).setHeader("Label");
        grid.addColumn(DeviceSummary::make).setHeader("Make").setAutoWidth(true);
        grid.addColumn(DeviceSummary::model).setHeader("Model");
        grid.addColumn(DeviceSummary::serial).setHeader("Serial number").setAutoWidth(true);
        grid.addColumn(d -> d.inService() ? "In service" : "Retired")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(d -> enrolment(enrolled.get(d.id())))
                .setHeader("Enrolment")
                .setKey("enrolment")
                .setAutoWidth(true);
        if (office) {
            grid.addComponentColumn(this::actions)
                    .setHeader("Actions")
                    .setKey("actions")
                    .setAutoWidth(true);
        }
        if (SignedInStaff.current().map(s -> s.hasRole(Roles.SLT)).orElse(false)) {
            grid.addComponentColumn(item -> {
                        var history = new Anchor(directory.historyLink(item.id()), "History");
                        history.getElement()
                                .setAttribute("aria-label", "History of " + item.label() + " in the audit trail");
                        return history;
                    })
                    .setHeader("Audit trail")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
    }

    private void refresh() {
        enrolled = enrolments.current();
        staffNames =
                directory.staff().stream().collect(Collectors.toMap(StaffSummary::username, StaffSummary::displayName));
        var devices = directory.devices();
        grid.setItems(devices);
        var mine = enrolments.enrolledAs(here);
        thisBrowser.setText(devices.stream()
                .filter(d -> mine.filter(d.id()::equals).isPresent())
                .findFirst()
                .map(d -> "This browser is enrolled as " + d.label() + ".")
                .orElse("This browser is not enrolled as a school iPad."));
    }

    private String enrolment(@Nullable DeviceEnrolmentSummary current) {
        return current == null
                ? "Not enrolled"
                : "Enrolled " + SchoolTime.dateTime(current.enrolledAt()) + " by "
                        + staffNames.getOrDefault(current.enrolledBy(), current.enrolledBy());
    }

    private HorizontalLayout actions(DeviceSummary device) {
        var edit = new Button("Edit", e -> edit(device));
        edit.setAriaLabel("Edit " + device.label());
        var status = new Button(device.inService() ? "Retire" : "Return to service", e -> {
            try {
                directory.setDeviceInService(device.id(), !device.inService(), device.version());
            } catch (OptimisticLockingFailureException stale) {
                Notices.warn("Someone else changed this device; the register is shown again.");
            }
            refresh();
        });
        status.setAriaLabel((device.inService() ? "Retire " : "Return to service ") + device.label());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        status.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var actions = new HorizontalLayout(edit, status);
        var current = enrolled.get(device.id());
        if (device.inService()) {
            var enrol = new Button("Enrol this iPad", e -> enrolmentDialogs.confirmEnrolment(device, current));
            enrol.setAriaLabel("Enrol this browser as " + device.label());
            enrol.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(enrol);
        }
        if (current != null) {
            var revoke = new Button("Revoke enrolment", e -> enrolmentDialogs.confirmRevocation(device));
            revoke.setAriaLabel("Revoke the enrolment of " + device.label());
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(revoke);
        }
        return actions;
    }

    private void edit(DeviceSummary existing) {
        var dialog = new Dialog(existing == null ? "Register a device" : "Edit " + existing.label());
        var label = TextLimits.atMost(120, new TextField("Label"));
        var make = TextLimits.atMost(60, new TextField("Make"));
        var model = TextLimits.atMost(120, new TextField("Model"));
        var serial = TextLimits.atMost(60, new TextField("Serial number"));
        var errors = new FieldErrors()
                .put("label", label)
                .put("make", make)
                .put("model", model)
                .put("serial", serial);
        if (existing == null) {
            make.setValue("Apple");
        } else {
            label.setValue(existing.label());
            make.setValue(existing.make());
            model.setValue(existing.model());
            serial.setValue(existing.serial());
        }
        var save = new Button("Save", e -> {
            errors.clear();
            var details = new DeviceDetails(label.getValue(), make.getValue(), model.getValue(), serial.getValue());
            save(dialog, existing, details, errors);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(label, make, model, serial));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void save(Dialog dialog, DeviceSummary existing, DeviceDetails details, FieldErrors errors) {
        try {
            if (existing == null) {
                directory.registerDevice(details);
            } else {
                directory.updateDevice(existing.id(), details, existing.version());
            }
            dialog.close();
            refresh();
            Notices.done("Device saved.");
        } catch (ConstraintViolationException invalid) {
            errors.show(invalid);
        } catch (IllegalArgumentException duplicate) {
            errors.show("serial", duplicate.getMessage());
        } catch (OptimisticLockingFailureException stale) {
            dialog.close();
            refresh();
            Notices.warn("Someone else changed this device; the register is shown again.");
        }
    }
}
