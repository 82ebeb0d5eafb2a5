package app.safepost.school;

import java.util.Map;

/**
 * Staff by the name people know them by: screens never show a username ("teacher") where they can
 * show "Tom Hale". A username the portal does not know (the portal itself, someone since removed)
 * is shown as it is.
 */
public record StaffNames(Map<String, String> byUsername) {

    public StaffNames {
        byUsername = Map.copyOf(byUsername);
    }

    public String of(String username) {
        return username == null ? "" : byUsername.getOrDefault(username, username);
    }
}
