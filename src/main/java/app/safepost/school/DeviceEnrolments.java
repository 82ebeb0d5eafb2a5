package app.safepost.school;

import app.safepost.school.DeviceRecognition.Refusal;
import app.safepost.school.EnrolmentRefused.Reason;
import app.safepost.school.domain.DeviceEnrolment;
import app.safepost.school.domain.DeviceEnrolment.EndReason;
import app.safepost.school.domain.DeviceEnrolmentRepository;
import app.safepost.school.domain.DeviceKeyRefusal;
import app.safepost.school.domain.DeviceKeyRefusalRepository;
import app.safepost.school.domain.SchoolDevice;
import app.safepost.school.domain.SchoolDeviceRepository;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browsers enrolled as school iPads (P3). The office enrols the browser of an iPad on the register,
 * on the iPad itself; the browser keeps a random key and the portal only its hash. Uploads that present
 * the key are from that iPad while it is in service and the enrolment current. Enrolling again replaces
 * the key; revoking or retiring the device ends it. Every enrolment, ending and refused key is audited.
 */
@Service
public class DeviceEnrolments {

    private static final String OFFICE_OR_SLT = "hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "')";

    private final SchoolDeviceRepository devices;
    private final DeviceEnrolmentRepository enrolments;
    private final DeviceKeyRefusalRepository refusals;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DeviceEnrolments(
            SchoolDeviceRepository devices,
            DeviceEnrolmentRepository enrolments,
            DeviceKeyRefusalRepository refusals,
            Clock clock) {
        this.devices = devices;
        this.enrolments = enrolments;
        this.refusals = refusals;
        this.clock = clock;
    }

    /**
     * Enrols a browser (or a client) as this school device and gives its key, once: the portal keeps only
     * its hash. A current enrolment of the device is replaced. Refused for a retired or unknown device.
     */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public DeviceKey enrol(DeviceId id) {
        var device = devices.findLockedById(id.value()).orElseThrow(() -> noSuchDevice(id));
        if (!device.isInService()) {
            throw new EnrolmentRefused(
                    Reason.DEVICE_RETIRED,
                    device.getLabel() + " is retired. Return it to service on the register before enrolling it.");
        }
        var me = SignedInStaff.currentAuthor().username();
        var now = clock.instant();
        enrolments.findByDeviceIdAndEndedAtIsNull(device.getId()).ifPresent(old -> {
            old.end(EndReason.REPLACED, me, now);
            // Ended before the new one is written: only one enrolment per device may be current.
            enrolments.flush();
        });
        var key = DeviceKey.generate(random);
        enrolments.saveAndFlush(new DeviceEnrolment(device.getId(), key.sha256(), me, now));
        return key;
    }

    /** Ends the device's current enrolment: its key stops counting at once. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public void revoke(DeviceId id) {
        var device = devices.findLockedById(id.value()).orElseThrow(() -> noSuchDevice(id));
        var current = enrolments
                .findByDeviceIdAndEndedAtIsNull(device.getId())
                .orElseThrow(() ->
                        new EnrolmentRefused(Reason.NOT_ENROLLED, device.getLabel() + " has no enrolment to revoke."));
        current.end(EndReason.REVOKED, SignedInStaff.currentAuthor().username(), clock.instant());
        enrolments.flush();
    }

    /** The current enrolment of each enrolled device: office and SLT, beside the register. */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public Map<DeviceId, DeviceEnrolmentSummary> current() {
        return enrolments.findByEndedAtIsNull().stream()
                .collect(Collectors.toMap(
                        e -> new DeviceId(e.getDeviceId()),
                        e -> new DeviceEnrolmentSummary(
                                new DeviceId(e.getDeviceId()), e.getEnrolledBy(), e.getEnrolledAt())));
    }

    /** The device this key enrols now, if it counts; nothing is recorded. For showing "this browser". */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public Optional<DeviceId> enrolledAs(@Nullable DeviceKey key) {
        return Optional.ofNullable(key)
                .map(DeviceKey::sha256)
                .flatMap(enrolments::findByKeySha256)
                .filter(DeviceEnrolment::isCurrent)
                .flatMap(e -> devices.findById(e.getDeviceId()))
                .filter(SchoolDevice::isInService)
                .map(d -> new DeviceId(d.getId()));
    }

    /**
     * Which school device an upload presenting this key came from (P3). A key that does not count
     * (unknown, revoked, replaced, device retired) is recorded with who presented it and when, never
     * the key; the upload itself is not refused for it.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public DeviceRecognition recognise(@Nullable DeviceKey presented) {
        if (presented == null) {
            return DeviceRecognition.NO_KEY;
        }
        var hash = presented.sha256();
        var enrolment = hash == null ? null : enrolments.findByKeySha256(hash).orElse(null);
        var device = enrolment == null
                ? null
                : devices.findById(enrolment.getDeviceId()).orElse(null);
        var refusal = refusal(enrolment, device);
        if (refusal == null) {
            return DeviceRecognition.enrolled(SchoolDirectory.toSummary(device));
        }
        refusals.save(new DeviceKeyRefusal(
                enrolment, refusal, SignedInStaff.currentAuthor().username(), clock.instant()));
        return DeviceRecognition.refused(refusal);
    }

    /** Why a key with this enrolment of this device does not count; {@code null} when it does. */
    private static @Nullable Refusal refusal(@Nullable DeviceEnrolment enrolment, @Nullable SchoolDevice device) {
        if (enrolment == null || device == null) {
            return Refusal.UNKNOWN_KEY;
        }
        if (enrolment.getEndReason() != null) {
            return switch (enrolment.getEndReason()) {
                case REVOKED -> Refusal.REVOKED;
                case REPLACED -> Refusal.REPLACED;
                case RETIRED -> Refusal.DEVICE_RETIRED;
            };
        }
        return device.isInService() ? null : Refusal.DEVICE_RETIRED;
    }

    private static EnrolmentRefused noSuchDevice(DeviceId id) {
        return new EnrolmentRefused(Reason.NO_SUCH_DEVICE, "There is no device " + id + " on the register.");
    }
}
