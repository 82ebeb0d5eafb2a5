package app.safepost.pupils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parents' e-mail addresses as the roster's {@code parent_email} column and the pupil screen take
 * them: one or two, separated by a semicolon, a comma or spaces. Kept as typed, lower-cased.
 */
public final class ParentEmails {

    public static final int MAX_ADDRESSES = 2;
    public static final int MAX_LENGTH = 254;

    private static final Pattern SEPARATORS = Pattern.compile("[;,\\s]+");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s;,\"<>()]+@[^@\\s;,\"<>()]+\\.[^@\\s;,\"<>()]+");

    private ParentEmails() {}

    /** The addresses, or why they cannot be used. */
    public record Parsed(List<String> addresses, @Nullable String problem) {

        public Parsed {
            addresses = List.copyOf(addresses);
        }
    }

    public static Parsed parse(@Nullable String value) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return new Parsed(List.of(), null);
        }
        var addresses = new ArrayList<String>();
        for (var part : SEPARATORS.split(text)) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.length() > MAX_LENGTH || !ADDRESS.matcher(part).matches()) {
                return new Parsed(
                        List.of(),
                        "\"" + (part.length() > 40 ? part.substring(0, 40) + "…" : part)
                                + "\" is not an e-mail address like name@example.org.");
            }
            var address = part.toLowerCase(Locale.ROOT);
            if (!addresses.contains(address)) {
                addresses.add(address);
            }
        }
        if (addresses.size() > MAX_ADDRESSES) {
            return new Parsed(List.of(), "Give at most two addresses, separated by a semicolon.");
        }
        return new Parsed(addresses, null);
    }
}
