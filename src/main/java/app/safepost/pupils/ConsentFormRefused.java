package app.safepost.pupils;

import app.safepost.common.FieldRefusal;
import java.util.Map;

/**
 * The consent form, or a request to send it, cannot be accepted as it is; a message per field (a
 * purpose's field is {@code purpose:<code>}), so the page shows each next to its field.
 */
public class ConsentFormRefused extends RuntimeException implements FieldRefusal {

    private final transient Map<String, String> errors;

    public ConsentFormRefused(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    @Override
    public Map<String, String> errors() {
        return errors;
    }
}
