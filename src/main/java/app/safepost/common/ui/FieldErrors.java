package app.safepost.common.ui;

import app.safepost.common.FieldRefusal;
import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one way a form shows why the service refused it: each message next to the field it is
 * about, by the name of the request record's component the field edits. Services validate (their
 * records carry the messages); screens only place them. A message with no field on the form is
 * shown as a notice rather than lost.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Consumer<String> elsewhere = Notices::failed;

    /**
     * Registers a field under a name, and switches off its own validation so that only the
     * service's message shows. One field may be registered under several names.
     */
    public FieldErrors put(String name, HasValidation field) {
        field.setManualValidation(true);
        fields.put(name, field);
        return this;
    }

    /** Shows a message that names no field on the form here, instead of as a notice. */
    public FieldErrors elsewhere(Consumer<String> show) {
        this.elsewhere = show;
        return this;
    }

    /** Takes every message away, as a new attempt begins. */
    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Shows a refusal's messages in place of any shown before. */
    public void show(FieldRefusal refused) {
        show(refused.errors());
    }

    /** Shows the failed constraints' messages, named by the last part of each property path. */
    public void show(ConstraintViolationException invalid) {
        show(invalid.getConstraintViolations());
    }

    /** Shows these constraints' messages, for a form that places some others itself. */
    public void show(Collection<? extends ConstraintViolation<?>> violations) {
        var messages = new LinkedHashMap<String, String>();
        violations.forEach(violation -> {
            var path = violation.getPropertyPath().toString();
            messages.merge(path.substring(path.lastIndexOf('.') + 1), violation.getMessage(), (a, b) -> a + " " + b);
        });
        show(messages);
    }

    /** Shows one message next to the named field (or as a notice if the form has no such field). */
    public void show(String name, String message) {
        show(Map.of(name, message));
    }

    private void show(Map<String, String> messages) {
        clear();
        var unplaced = new ArrayList<String>();
        messages.forEach((name, message) -> {
            var field = fields.get(name);
            if (field == null) {
                unplaced.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        if (!unplaced.isEmpty()) {
            elsewhere.accept(String.join(" ", unplaced));
        }
    }
}
