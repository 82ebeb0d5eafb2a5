package app.safepost.common.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Duration;

/**
 * The one way a screen tells the user how an action went: one look and one time on screen per
 * kind, always in the same corner, so a message is read the same wherever it comes from.
 */
public final class Notices {

    static final Notification.Position POSITION = Notification.Position.BOTTOM_START;
    static final Duration DONE = Duration.ofSeconds(4);
    static final Duration WARNING = Duration.ofSeconds(6);
    static final Duration FAILURE = Duration.ofSeconds(8);

    private Notices() {}

    /** Something the user asked for has happened. */
    public static Notification done(String text) {
        return show(text, DONE, NotificationVariant.LUMO_SUCCESS);
    }

    /** Nothing was done, for a reason the user can act on (someone else's change, a rule). */
    public static Notification warn(String text) {
        return show(text, WARNING, NotificationVariant.LUMO_WARNING);
    }

    /** Nothing was done because the request was refused or something went wrong. */
    public static Notification failed(String text) {
        return show(text, FAILURE, NotificationVariant.LUMO_ERROR);
    }

    private static Notification show(String text, Duration shown, NotificationVariant variant) {
        var notice = Notification.show(text, (int) shown.toMillis(), POSITION);
        notice.addThemeVariants(variant);
        return notice;
    }
}
