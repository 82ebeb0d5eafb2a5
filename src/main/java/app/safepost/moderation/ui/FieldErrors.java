package app.safepost.moderation.ui;

import app.safepost.common.ui.Notices;
import app.safepost.moderation.ModerationRefused;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a refusal's messages next to the fields they are about; any other message as a notification. */
final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors put(String name, HasValidation field) {
        field.setManualValidation(true);
        fields.put(name, field);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    void show(ModerationRefused refused) {
        clear();
        var unplaced = new StringBuilder();
        refused.errors().forEach((name, message) -> {
            var field = fields.get(name);
            if (field == null) {
                unplaced.append(message).append(' ');
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        if (!unplaced.isEmpty()) {
            Notices.failed(unplaced.toString().strip());
        }
    }

    static void done(String message) {
        Notices.done(message);
    }
}
