package app.safepost.moderation;

import app.safepost.common.FieldRefusal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A report, action or decision the rules refuse, with a message per field at fault (keyed by the
 * request record's component name) so a screen shows each next to its field. Nothing is saved.
 */
public class ModerationRefused extends RuntimeException implements FieldRefusal {

    private final transient Map<String, String> errors;

    public ModerationRefused(Map<String, String> errors) {
        super(errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.errors = Map.copyOf(errors);
    }

    public static ModerationRefused of(String field, String message) {
        return new ModerationRefused(Map.of(field, message));
    }

    /** Field name to message. */
    @Override
    public Map<String, String> errors() {
        return errors;
    }
}
