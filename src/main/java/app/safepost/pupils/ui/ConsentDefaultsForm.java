package app.safepost.pupils.ui;

import app.safepost.common.ui.Notices;
import app.safepost.pupils.ConsentDefaults;
import app.safepost.pupils.ConsentExpiryRule;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.PurposeRefused;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.springframework.dao.OptimisticLockingFailureException;

/** SLT's choice of how long a yes holds when the form or the roster gives no expiry. */
class ConsentDefaultsForm extends Div {

    private ConsentDefaults current;

    ConsentDefaultsForm(ConsentPurposes purposes) {
        current = purposes.defaults();
        setId("consent-defaults");
        var rule = new RadioButtonGroup<ConsentExpiryRule>("A yes holds");
        rule.setItems(ConsentExpiryRule.values());
        rule.setItemLabelGenerator(ConsentExpiryRule::label);
        rule.setValue(current.rule());
        var years = new IntegerField("Years");
        years.setMin(1);
        years.setMax(ConsentDefaults.MAX_YEARS);
        years.setStepButtonsVisible(true);
        years.setManualValidation(true);
        years.setValue(current.years());
        years.setEnabled(current.rule() == ConsentExpiryRule.YEARS);
        rule.addValueChangeListener(e -> years.setEnabled(e.getValue() == ConsentExpiryRule.YEARS));
        var save = new Button("Save", e -> {
            years.setInvalid(false);
            try {
                current = purposes.changeDefaults(
                        rule.getValue(), years.getValue() == null ? 0 : years.getValue(), current.version());
                Notices.done("Saved: it applies to answers recorded from now on.");
            } catch (PurposeRefused refused) {
                years.setErrorMessage(refused.getMessage());
                years.setInvalid(true);
            } catch (OptimisticLockingFailureException stale) {
                current = purposes.defaults();
                rule.setValue(current.rule());
                years.setValue(current.years());
                Notices.warn("Someone else changed this meanwhile; their choice is shown.");
            }
        });
        save.setId("save-consent-defaults");
        var row = new HorizontalLayout(years, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new Paragraph("Unless the form or the roster file gives an expiry date. An expired consent counts as"
                        + " no; the office is reminded of consents expiring in the next 30 days."),
                rule,
                row);
    }
}
