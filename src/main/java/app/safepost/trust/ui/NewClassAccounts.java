package app.safepost.trust.ui;

import app.safepost.accounts.Platform;
import app.safepost.trust.NewClassAccount;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new school's classes, each with its class account (class name, year group, handle, platform):
 * as many rows as the trust leader adds, none needed. A problem shows next to the field of its row.
 */
class NewClassAccounts extends Composite<Div> {

    private static final Pattern ROW_FIELD = Pattern.compile("classAccounts\\[(\\d+)]\\.(\\w+)$");

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Paragraph listError = new Paragraph();

    NewClassAccounts() {
        list.setId("new-school-class-accounts");
        listError.setId("new-school-class-accounts-error");
        listError.getElement().setAttribute("role", "alert");
        var add = new Button("Add a class account", e -> addRow());
        add.setId("new-school-add-class-account");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getContent()
                .add(
                        new H3("Classes and their class accounts"),
                        new Paragraph(
                                "Optional: each class is made with the school and owns its account from the start."),
                        list,
                        listError,
                        add);
    }

    /** A new empty row, its first field focused. */
    Row addRow() {
        var row = new Row(rows.size() + 1);
        rows.add(row);
        list.add(row.layout);
        row.className.focus();
        return row;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<NewClassAccount> value() {
        return rows.stream().map(Row::value).toList();
    }

    void clearErrors() {
        listError.setText("");
        rows.forEach(Row::clearErrors);
    }

    /** Places each refusal about a row at its field, and one about the whole list under it. */
    void show(ConstraintViolationException invalid) {
        for (var violation : invalid.getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var matcher = ROW_FIELD.matcher(path);
            if (matcher.find()) {
                rows.get(Integer.parseInt(matcher.group(1))).show(matcher.group(2), violation.getMessage());
            } else if (path.endsWith("classAccounts")) {
                listError.setText(violation.getMessage());
            }
        }
    }

    /** One class and its account. */
    final class Row {
        final TextField className = new TextField("Class name");
        final Select<String> yearGroup = new Select<>();
        final TextField handle = new TextField("Class account's handle");
        final Select<Platform> platform = new Select<>();
        private final HorizontalLayout layout;

        private Row(int number) {
            className.setId("class-account-" + number + "-class");
            yearGroup.setLabel("Year group");
            yearGroup.setId("class-account-" + number + "-year");
            yearGroup.setItems("R", "1", "2", "3", "4", "5", "6");
            yearGroup.setItemLabelGenerator(y -> "R".equals(y) ? "Reception" : "Year " + y);
            handle.setId("class-account-" + number + "-handle");
            handle.setHelperText("Starts with @, for example @Owls_Class");
            platform.setLabel("Platform");
            platform.setId("class-account-" + number + "-platform");
            platform.setItems(Platform.values());
            platform.setItemLabelGenerator(Platform::label);
            platform.setValue(Platform.X);
            var remove = new Button("Remove class account " + number, e -> removeRow());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            layout = new HorizontalLayout(className, yearGroup, handle, platform, remove);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
            List.of(className, handle).forEach(field -> field.setManualValidation(true));
            yearGroup.setManualValidation(true);
            platform.setManualValidation(true);
        }

        private void removeRow() {
            rows.remove(this);
            list.remove(layout);
        }

        NewClassAccount value() {
            return new NewClassAccount(
                    className.getValue(),
                    yearGroup.getValue() == null ? "" : yearGroup.getValue(),
                    handle.getValue(),
                    platform.getValue());
        }

        private void clearErrors() {
            className.setInvalid(false);
            yearGroup.setInvalid(false);
            handle.setInvalid(false);
            platform.setInvalid(false);
        }

        private void show(String field, String message) {
            switch (field) {
                case "className" -> {
                    className.setErrorMessage(message);
                    className.setInvalid(true);
                }
                case "yearGroup" -> {
                    yearGroup.setErrorMessage(message);
                    yearGroup.setInvalid(true);
                }
                case "handle" -> {
                    handle.setErrorMessage(message);
                    handle.setInvalid(true);
                }
                case "platform" -> {
                    platform.setErrorMessage(message);
                    platform.setInvalid(true);
                }
                default -> {}
            }
        }
    }
}
