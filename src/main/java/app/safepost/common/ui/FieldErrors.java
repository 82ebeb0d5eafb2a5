package app.safepost.common.ui;

import com.vaadin.flow.component.HasValidation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;

/**
 * Shows a service's validation failures next to the form fields they are about. Services validate
 * (their records carry the messages); screens only place the messages.
 */
public final class FieldErrors {

    private FieldErrors() {}

    /** @param fields form fields by the name of the record component they edit */
    public static void show(ConstraintViolationException invalid, Map<String, ? extends HasValidation> fields) {
        invalid.getConstraintViolations().forEach(violation -> {
            var path = violation.getPropertyPath().toString();
            var field = fields.get(path.substring(path.lastIndexOf('.') + 1));
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            }
        });
    }
}
