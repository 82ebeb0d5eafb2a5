package app.safepost.backups.domain;

/** A backup or a drill could not be done; the message says why and what to do, for SLT and the log. */
public class BackupProblem extends RuntimeException {

    public BackupProblem(String message) {
        super(message);
    }

    public BackupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
