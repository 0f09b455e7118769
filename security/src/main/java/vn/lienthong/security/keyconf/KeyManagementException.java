package vn.lienthong.security.keyconf;

import java.util.Set;

/**
 * A key management operation was refused or failed. The message is one line naming the problem and the
 * fix; {@link #isInputError()} tells an operator's mistake from a failure of the machinery.
 */
public final class KeyManagementException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the operation did not happen. */
    public enum Reason {
        NO_SUCH_KEY,
        CERTIFICATE_MISMATCH,
        CERTIFICATE_EXPIRED,
        CERTIFICATE_NOT_YET_VALID,
        CA_NOT_APPROVED,
        CERTIFICATE_REFUSED,
        WRONG_SUBJECT,
        WRONG_STATE,
        WRONG_PASSWORD,
        TOKEN_FAILED,
        STORAGE
    }

    private static final Set<Reason> MACHINERY = Set.of(Reason.TOKEN_FAILED, Reason.STORAGE);

    private final Reason reason;

    public KeyManagementException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public KeyManagementException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** True when the operator can fix it by giving other input (another file, key, password). */
    public boolean isInputError() {
        return !MACHINERY.contains(reason);
    }
}
