package app.safepost.policies;

import app.safepost.common.FieldRefusal;
import java.util.Map;
import java.util.stream.Collectors;

/** A change to a policy or its review that the rules refuse, with a message per field at fault. */
public class PolicyChangeRefused extends RuntimeException implements FieldRefusal {

    private final transient Map<String, String> errors;

    public PolicyChangeRefused(Map<String, String> errors) {
        super(errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.errors = Map.copyOf(errors);
    }

    public PolicyChangeRefused(String field, String message) {
        this(Map.of(field, message));
    }

    @Override
    public Map<String, String> errors() {
        return errors;
    }
}
