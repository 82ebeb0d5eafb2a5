package app.safepost.drafting;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record DraftId(UUID value) {

    public DraftId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses an id from a URL or a request; empty if it is not one. */
    public static Optional<DraftId> parse(String text) {
        try {
            return Optional.of(new DraftId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
