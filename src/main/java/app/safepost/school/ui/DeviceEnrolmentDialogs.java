package app.safepost.school.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.Notices;
import app.safepost.school.DeviceCookie;
import app.safepost.school.DeviceEnrolmentSummary;
import app.safepost.school.DeviceEnrolments;
import app.safepost.school.DeviceKey;
import app.safepost.school.DeviceSummary;
import app.safepost.school.EnrolmentRefused;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Enrolling this browser as a school iPad and revoking an enrolment (P3), for the register of school
 * devices. The office enrols on the iPad itself: the new key goes straight into this browser's cookie,
 * with the answer to the click, and is never shown; the portal keeps only its hash.
 */
class DeviceEnrolmentDialogs {

    private final DeviceEnrolments enrolments;
    private final Consumer<@Nullable DeviceKey> changed;

    /** @param changed told the key now in this browser's cookie, or {@code null} when only the register changed */
    DeviceEnrolmentDialogs(DeviceEnrolments enrolments, Consumer<@Nullable DeviceKey> changed) {
        this.enrolments = enrolments;
        this.changed = changed;
    }

    /** The device key this browser sent with the current request, if it has one. */
    static @Nullable DeviceKey presentedHere() {
        var request = VaadinRequest.getCurrent();
        return request == null ? null : DeviceCookie.presentedIn(request.getCookies());
    }

    void confirmEnrolment(DeviceSummary device, @Nullable DeviceEnrolmentSummary current) {
        var confirm = new ConfirmDialog(
                "Enrol this browser as " + device.label() + "?",
                "Do this on " + device.label() + " itself, in the browser staff use to upload photos. Photos"
                        + " uploaded from this browser then count as taken on a school iPad when their camera details"
                        + " name an Apple " + device.model() + "."
                        + (current == null
                                ? ""
                                : " Its enrolment of " + SchoolTime.dateTime(current.enrolledAt()) + " stops working."),
                "Enrol this iPad",
                e -> enrol(device));
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.open();
    }

    void confirmRevocation(DeviceSummary device) {
        var confirm = new ConfirmDialog(
                "Revoke the enrolment of " + device.label() + "?",
                "Photos uploaded from the browser enrolled as " + device.label() + " stop counting as taken on a"
                        + " school iPad, at once. Enrol it again to undo this.",
                "Revoke enrolment",
                e -> revoke(device));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Cancel");
        confirm.open();
    }

    private void enrol(DeviceSummary device) {
        try {
            var key = enrolments.enrol(device.id());
            VaadinResponse.getCurrent()
                    .addCookie(DeviceCookie.of(key, VaadinRequest.getCurrent().isSecure()));
            changed.accept(key);
            Notices.done("This browser is now enrolled as " + device.label() + ".");
        } catch (EnrolmentRefused refused) {
            refusedNotice(refused);
        }
    }

    private void revoke(DeviceSummary device) {
        try {
            enrolments.revoke(device.id());
            changed.accept(null);
            Notices.done("The enrolment of " + device.label() + " is revoked.");
        } catch (EnrolmentRefused refused) {
            refusedNotice(refused);
        }
    }

    private void refusedNotice(EnrolmentRefused refused) {
        changed.accept(null);
        Notices.warn(refused.getMessage());
    }
}
