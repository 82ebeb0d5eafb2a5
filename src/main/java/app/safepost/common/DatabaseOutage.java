package app.safepost.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, the network to it
 * down) or cannot take more (its disk is full) from any other: screens and the API then say "temporarily unavailable" instead of "something
 * went wrong", and the connection pool reconnects by itself once the database is back.
 */
public final class DatabaseOutage {

    public static final String SCREEN_MESSAGE = "The portal's database is temporarily unavailable, so nothing"
            + " was saved. Please try again in a minute.";

    private DatabaseOutage() {}

    public static boolean isCause(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    || isConnectionState(cause)
                    || lostConnection(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the driver, the pool and Hibernate say when the connection went away under a transaction
     * (the rollback then fails too, and the original error may be lost).
     */
    private static boolean lostConnection(String message) {
        return message != null
                && (message.contains("Unable to rollback against JDBC Connection")
                        || message.contains("This connection has been closed")
                        || message.contains("An I/O error occurred while sending to the backend")
                        || message.contains("Connection is closed"));
    }

    /**
     * SQL states of class 08 (connection exception), 57P01–57P03 (the server shutting down or starting)
     * and class 53 (insufficient resources: the disk is full, out of memory, too many connections),
     * where PostgreSQL refused the whole statement and kept nothing of it.
     */
    private static boolean isConnectionState(Throwable cause) {
        if (!(cause instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        var state = sql.getSQLState();
        return state.startsWith("08")
                || state.startsWith("53")
                || state.equals("57P01")
                || state.equals("57P02")
                || state.equals("57P03");
    }

    /** What the database said, for the log: the innermost SQL error (e.g. a full disk), else the failure. */
    public static String reason(Throwable failure) {
        String said = failure.toString();
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                said = "SQL state " + sql.getSQLState() + ": " + sql.getMessage();
            }
        }
        return said;
    }
}
