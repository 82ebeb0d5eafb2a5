package app.safepost.school;

/** An enrolment or revocation that cannot be done as asked; the message says why. */
public class EnrolmentRefused extends RuntimeException {

    public enum Reason {
        /** There is no such device on the register (API 404). */
        NO_SUCH_DEVICE,
        /** The device is retired: it must be returned to service first (API 409). */
        DEVICE_RETIRED,
        /** There is no current enrolment to revoke (API 404). */
        NOT_ENROLLED
    }

    private final Reason reason;

    public EnrolmentRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
