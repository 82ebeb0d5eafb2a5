package app.safepost.school;

import app.safepost.security.StaffSignInEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the staff directory in step with the school's single sign-on: each sign-in updates the
 * member of staff's record before their first screen is shown (hence synchronous).
 */
@Component
class SignInRecorder {

    private final SchoolDirectory directory;

    SignInRecorder(SchoolDirectory directory) {
        this.directory = directory;
    }

    @EventListener
    void on(StaffSignInEvent event) {
        directory.recordSignIn(event.staff());
    }
}
