package app.safepost.school.api;

import static app.safepost.common.ProblemAnswers.problem;

import app.safepost.school.DeviceEnrolments;
import app.safepost.school.DeviceId;
import app.safepost.school.EnrolmentRefused;
import app.safepost.security.Roles;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/devices/{id}/enrolment} (office): enrols a client as a school iPad and answers its
 * device token, once; {@code DELETE} revokes the device's enrolment (P3).
 */
@RestController
@RequestMapping("/api/v1/devices")
class DeviceEnrolmentApi {

    private final DeviceEnrolments enrolments;

    DeviceEnrolmentApi(DeviceEnrolments enrolments) {
        this.enrolments = enrolments;
    }

    record EnrolmentJson(String deviceToken) {}

    @PostMapping("/{id}/enrolment")
    @PreAuthorize(Roles.IS_OFFICE)
    ResponseEntity<EnrolmentJson> enrol(@PathVariable String id) {
        var key = enrolments.enrol(device(id));
        // The token is shown this once: no cache may keep the answer.
        return ResponseEntity.created(URI.create("/api/v1/devices/" + id + "/enrolment"))
                .cacheControl(CacheControl.noStore())
                .body(new EnrolmentJson(key.token()));
    }

    @DeleteMapping("/{id}/enrolment")
    @PreAuthorize(Roles.IS_OFFICE)
    ResponseEntity<Void> revoke(@PathVariable String id) {
        enrolments.revoke(device(id));
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(EnrolmentRefused.class)
    ResponseEntity<ProblemDetail> refused(EnrolmentRefused e) {
        return switch (e.reason()) {
            case NO_SUCH_DEVICE -> problem(HttpStatus.NOT_FOUND, "not-found", "No such device", e.getMessage());
            case NOT_ENROLLED -> problem(HttpStatus.NOT_FOUND, "not-enrolled", "Not enrolled", e.getMessage());
            case DEVICE_RETIRED -> problem(HttpStatus.CONFLICT, "device-retired", "Device retired", e.getMessage());
        };
    }

    private static DeviceId device(String id) {
        try {
            return new DeviceId(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            throw new EnrolmentRefused(
                    EnrolmentRefused.Reason.NO_SUCH_DEVICE, "There is no device " + id + " on the register.");
        }
    }
}
