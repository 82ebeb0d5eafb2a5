package app.safepost.accounts;

import app.safepost.common.FieldRefusal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A change the rules refuse, with a message for each field at fault (keyed by the request
 * record's component name), so a screen can show each message next to its field.
 */
public class RefusedChange extends RuntimeException implements FieldRefusal {

    private final transient Map<String, String> errors;

    public RefusedChange(Map<String, String> errors) {
        super(errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.errors = Map.copyOf(errors);
    }

    /** Field name to message. */
    @Override
    public Map<String, String> errors() {
        return errors;
    }
}
