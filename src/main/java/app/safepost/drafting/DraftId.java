package app.safepost.drafting;

import java.util.Objects;
import java.util.UUID;

public record DraftId(UUID value) {

    public DraftId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a URL or a request; empty if it is not one. */
    public static java.util.Optional<DraftId> parse(String text) {
        try {
            return java.util.Optional.of(new DraftId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
