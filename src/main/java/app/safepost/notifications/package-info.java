/**
 * Notices to staff: an in-app notice kept in the database and an e-mail, sent to staff by username
 * or by role. Other modules call {@link app.safepost.notifications.Notices}; e-mails go through an
 * outbox that a scheduled job delivers and retries while the mail server is unreachable.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package app.safepost.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
