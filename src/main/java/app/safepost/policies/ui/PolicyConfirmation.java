package app.safepost.policies.ui;

import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.policies.Acknowledgements;
import app.safepost.policies.PolicyChangeRefused;
import app.safepost.policies.PolicySummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** Asks the member of staff signed in to confirm the policy's staff rules (P8), or says that they have. */
class PolicyConfirmation extends Div {

    PolicyConfirmation(Acknowledgements acknowledgements, PolicySummary policy, Runnable confirmed) {
        boolean asked = acknowledgements.awaitingMine().stream().anyMatch(p -> p.id().equals(policy.id()));
        if (!asked) {
            if (acknowledgements.hasAcknowledged(policy.id())) {
                var done = new Paragraph("You have confirmed version " + policy.version() + " of this policy.");
                done.setId("acknowledged");
                add(done);
            }
            return;
        }
        var rules = Acknowledgements.staffRules();
        var secure = new Checkbox(rules.get(0));
        var noParents = new Checkbox(rules.get(1));
        var errors = new FieldErrors().put("secureAccount", secure).put("noParentsOrPupils", noParents);
        var confirm = new Button("I have read it and confirm", e -> {
            errors.clear();
            try {
                acknowledgements.acknowledge(policy.id(), policy.version(), secure.getValue(), noParents.getValue());
                Notices.done("Thank you: your confirmation is recorded.");
                confirmed.run();
            } catch (PolicyChangeRefused refused) {
                errors.show(refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("acknowledge");
        add(
                new H3("Please read and confirm"),
                new Paragraph("Read version " + policy.version() + " below, then confirm the staff rules."),
                new Div(secure),
                new Div(noParents),
                confirm);
        addClassName("acknowledge-card");
        setId("acknowledge-card");
    }
}
