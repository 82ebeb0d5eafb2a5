package app.safepost.accounts.ui;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.CredentialKind;
import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.RefusedChange;
import app.safepost.common.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;

/** Connects an account's credential, or replaces it; the secret is stored encrypted and never shown again. */
class CredentialDialog extends Dialog {

    CredentialDialog(
            HeldCredentials credentials, AccountId account, String handle, boolean rotating, Runnable changed) {
        setHeaderTitle((rotating ? "Replace the credential of " : "Connect ") + handle);
        var kind = new Select<CredentialKind>();
        kind.setLabel("Kind of credential");
        kind.setItems(CredentialKind.values());
        kind.setItemLabelGenerator(CredentialKind::label);
        kind.setValue(CredentialKind.OAUTH_TOKEN);
        kind.setVisible(!rotating);
        var secret = new PasswordField("Token or app password");
        secret.setRevealButtonVisible(false);
        secret.setManualValidation(true);
        secret.setHelperText("Paste it from the platform. It is stored encrypted and never shown again.");
        secret.setWidthFull();
        var save = new Button(rotating ? "Save new credential" : "Connect", e -> {
            try {
                if (rotating) {
                    credentials.rotate(account, secret.getValue());
                } else {
                    credentials.connect(account, kind.getValue(), secret.getValue());
                }
                secret.clear();
                close();
                changed.run();
                Notices.done(rotating ? "Credential replaced." : handle + " connected.");
            } catch (RefusedChange refused) {
                secret.setErrorMessage(refused.errors().getOrDefault("secret", refused.getMessage()));
                secret.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        add(new VerticalLayout(kind, secret));
        getFooter().add(cancel, save);
    }
}
