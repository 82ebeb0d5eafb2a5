package app.safepost.notifications;

import org.jspecify.annotations.Nullable;

/**
 * What to tell staff: a short subject, a plain-text body and, optionally, the portal route it is
 * about (shown as a link in the app and written out in the e-mail).
 */
public record Notice(String subject, String body, @Nullable String link) {

    public Notice {
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("A notice needs a subject of at most 200 characters");
        }
        if (body == null || body.length() > 2000) {
            throw new IllegalArgumentException("A notice's body is at most 2000 characters");
        }
    }
}
