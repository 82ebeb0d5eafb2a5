package app.safepost.pupils.ui;

import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.PurposeRefused;
import app.safepost.pupils.PurposeSummary;
import app.safepost.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * SLT keep the list of what parents are asked to consent to: add a purpose (its code is fixed for
 * good), rename it, retire or restore it, and set how long a yes holds by default.
 */
@Route("consent-purposes")
@PageTitle("Consent purposes · Safepost")
@Menu(title = "Consent purposes", order = 23)
@RolesAllowed(Roles.SLT)
public class ConsentPurposesView extends Main {

    private final ConsentPurposes purposes;
    private final Grid<PurposeSummary> grid = new Grid<>(PurposeSummary.class, false);

    ConsentPurposesView(ConsentPurposes purposes) {
        this.purposes = purposes;
        addClassName("screen");
        add(
                new H2("Consent purposes"),
                new Paragraph(
                        "Parents answer yes or no for each purpose in use, on paper,"
                                + " through the MIS or on the online form. Every social-media account needs one of them for its"
                                + " photos (Accounts screen). A retired purpose is no longer asked; answers given stay on record."));
        grid.setId("consent-purposes");
        grid.setAriaLabel("Consent purposes");
        grid.addColumn(PurposeSummary::code)
                .setHeader("Code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PurposeSummary::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(PurposeSummary::explanation)
                .setHeader("What parents read")
                .setFlexGrow(2);
        grid.addColumn(p -> p.socialMedia() ? "Yes" : "No")
                .setHeader("Social media")
                .setAutoWidth(true);
        grid.addColumn(p -> p.retired() ? "Retired" : "In use")
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Change")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        var add = new Button("Add a purpose", e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(grid, add, new H3("How long a yes holds"), new ConsentDefaultsForm(purposes));
        refresh();
    }

    private void refresh() {
        grid.setItems(purposes.all());
    }

    private HorizontalLayout actions(PurposeSummary purpose) {
        var rename = new Button("Rename", e -> edit(purpose));
        rename.setAriaLabel("Rename " + purpose.name());
        var retire = new Button(purpose.retired() ? "Restore" : "Retire", e -> retire(purpose));
        retire.setAriaLabel((purpose.retired() ? "Restore " : "Retire ") + purpose.name());
        retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(rename, retire);
    }

    private void retire(PurposeSummary purpose) {
        try {
            purposes.retire(purpose.code(), !purpose.retired(), purpose.version());
            notify(purpose.name() + (purpose.retired() ? " is in use again." : " is retired."));
        } catch (PurposeRefused refused) {
            Notices.warn(refused.getMessage());
        } catch (OptimisticLockingFailureException stale) {
            stale();
        }
        refresh();
    }

    /** Adds a purpose ({@code null}) or renames one, in a dialog. */
    private void edit(@Nullable PurposeSummary purpose) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(purpose == null ? "Add a purpose" : "Rename " + purpose.name());
        var code = TextLimits.atMost(40, new TextField("Code"));
        code.setHelperText("Lower-case letters, digits and hyphens, like school-website. It never changes.");
        var name = new TextField("Name");
        name.setMaxLength(ConsentPurposes.MAX_NAME);
        var explanation = new TextArea("What parents read");
        explanation.setMaxLength(ConsentPurposes.MAX_EXPLANATION);
        var social = new Checkbox("A social-media account's purpose (the roster's image_consent column sets it)");
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "explanation", explanation);
        fields.values().forEach(f -> f.setManualValidation(true));
        if (purpose != null) {
            code.setValue(purpose.code());
            code.setReadOnly(true);
            name.setValue(purpose.name());
            explanation.setValue(purpose.explanation());
            social.setVisible(false);
        }
        var save = new Button(
                purpose == null ? "Add" : "Save", e -> save(dialog, purpose, fields, code, name, explanation, social));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(code, name, explanation, social);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void save(
            Dialog dialog,
            @Nullable PurposeSummary purpose,
            Map<String, HasValidation> fields,
            TextField code,
            TextField name,
            TextArea explanation,
            Checkbox social) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            if (purpose == null) {
                purposes.add(code.getValue(), name.getValue(), explanation.getValue(), social.getValue());
            } else {
                purposes.rename(purpose.code(), name.getValue(), explanation.getValue(), purpose.version());
            }
            dialog.close();
            notify(purpose == null ? "Purpose added." : "Purpose renamed.");
            refresh();
        } catch (PurposeRefused refused) {
            var field = fields.getOrDefault(refused.field(), name);
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        } catch (OptimisticLockingFailureException changed) {
            dialog.close();
            stale();
            refresh();
        }
    }

    private static void notify(String text) {
        Notices.done(text);
    }

    private static void stale() {
        Notices.warn("Someone else changed this purpose meanwhile; its latest version is shown.");
    }
}
