package dev.rustgo.audit;

/** The audit could not run as configured (a missing directory, an unknown format, an unwritable report). */
public class AuditException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(message);
    }

    public AuditException(String message, Throwable cause) {
        super(message, cause);
    }
}
