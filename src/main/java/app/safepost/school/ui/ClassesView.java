package app.safepost.school.ui;

import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.school.ClassDetails;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** SLT set up the classes and who runs them: the class teacher and teaching assistants (P4). */
@Route("classes")
@PageTitle("Classes · Safepost")
@Menu(title = "Classes", order = 60)
@RolesAllowed(Roles.SLT)
public class ClassesView extends Main {

    private final SchoolDirectory directory;
    private final Grid<ClassSummary> grid = new Grid<>(ClassSummary.class, false);
    private Map<String, StaffSummary> staff;

    ClassesView(SchoolDirectory directory) {
        this.directory = directory;
        addClassName("screen");
        var add = new Button("Add class", e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Classes"),
                new Paragraph("Each class's teacher and teaching assistants see its pupils (first"
                        + " names only) and may draft for its account. Select a class to change it."),
                add);
        grid.setId("classes");
        grid.setAriaLabel("Classes");
        grid.setEmptyStateText("No classes yet.");
        grid.addColumn(ClassSummary::name).setHeader("Class");
        grid.addColumn(c -> "R".equals(c.yearGroup()) ? "Reception" : "Year " + c.yearGroup())
                .setHeader("Year group");
        grid.addColumn(c -> c.nickname() == null ? "" : c.nickname()).setHeader("Nickname");
        grid.addColumn(c -> nameOf(c.classTeacher())).setHeader("Class teacher");
        grid.addColumn(c -> c.assistants().stream().map(this::nameOf).collect(Collectors.joining(", ")))
                .setHeader("Teaching assistants");
        if (SignedInStaff.current().map(s -> s.hasRole(Roles.SLT)).orElse(false)) {
            grid.addComponentColumn(item -> {
                        var history = new Anchor(directory.historyLink(item.id()), "History");
                        history.getElement()
                                .setAttribute("aria-label", "History of " + item.name() + " in the audit trail");
                        return history;
                    })
                    .setHeader("Audit trail")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void refresh() {
        staff = directory.staff().stream().collect(Collectors.toMap(StaffSummary::username, Function.identity()));
        grid.setItems(directory.classes());
    }

    private String nameOf(String username) {
        if (username == null) {
            return "";
        }
        var member = staff.get(username);
        return member == null ? username : member.displayName();
    }

    private void edit(ClassSummary existing) {
        var dialog = new Dialog(existing == null ? "Add a class" : "Change " + existing.name());
        var name = TextLimits.atMost(60, new TextField("Class name"));
        var yearGroup = yearGroupSelect();
        var nickname = TextLimits.atMost(60, new TextField("Nickname"));
        var teacher = new ComboBox<StaffSummary>("Class teacher");
        var assistants = new MultiSelectComboBox<StaffSummary>("Teaching assistants");
        var people = List.copyOf(staff.values()).stream()
                .sorted(Comparator.comparing(StaffSummary::displayName))
                .toList();
        teacher.setItems(people);
        teacher.setItemLabelGenerator(StaffSummary::displayName);
        teacher.setClearButtonVisible(true);
        assistants.setItems(people);
        assistants.setItemLabelGenerator(StaffSummary::displayName);
        name.setManualValidation(true);
        nickname.setManualValidation(true);
        if (existing != null) {
            fill(existing, name, yearGroup, nickname, teacher, assistants);
        }
        var errors =
                new FieldErrors().put("name", name).put("yearGroup", yearGroup).put("nickname", nickname);
        var save = new Button("Save", e -> {
            errors.clear();
            var details = new ClassDetails(
                    name.getValue(),
                    yearGroup.getValue(),
                    nickname.getValue(),
                    teacher.getValue() == null ? null : teacher.getValue().username(),
                    assistants.getValue().stream().map(StaffSummary::username).collect(Collectors.toSet()));
            save(dialog, existing, details, errors);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, yearGroup, nickname, teacher, assistants));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static Select<String> yearGroupSelect() {
        var yearGroup = new Select<String>();
        yearGroup.setLabel("Year group");
        yearGroup.setItems("R", "1", "2", "3", "4", "5", "6");
        yearGroup.setItemLabelGenerator(y -> "R".equals(y) ? "Reception" : "Year " + y);
        return yearGroup;
    }

    private void fill(
            ClassSummary existing,
            TextField name,
            Select<String> yearGroup,
            TextField nickname,
            ComboBox<StaffSummary> teacher,
            MultiSelectComboBox<StaffSummary> assistants) {
        name.setValue(existing.name());
        yearGroup.setValue(existing.yearGroup());
        nickname.setValue(existing.nickname() == null ? "" : existing.nickname());
        teacher.setValue(existing.classTeacher() == null ? null : staff.get(existing.classTeacher()));
        assistants.setValue(existing.assistants().stream()
                .map(staff::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private void save(Dialog dialog, ClassSummary existing, ClassDetails details, FieldErrors errors) {
        try {
            if (existing == null) {
                directory.addClass(details);
            } else {
                directory.updateClass(existing.id(), details);
            }
            dialog.close();
            refresh();
            Notices.done("Class saved.");
        } catch (ConstraintViolationException invalid) {
            errors.show(invalid);
        } catch (IllegalArgumentException conflict) {
            errors.show("name", conflict.getMessage());
        }
    }
}
