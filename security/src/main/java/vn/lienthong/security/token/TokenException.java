package vn.lienthong.security.token;

/** A token operation failed; {@link #reason()} says why. Messages never carry secrets. */
public final class TokenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a token operation failed. */
    public enum Reason {
        /** The password or PIN does not open the token. */
        WRONG_PASSWORD,
        /** The token has no key under that alias. */
        NO_SUCH_KEY,
        /** A key with that alias exists already. */
        KEY_EXISTS,
        /** The token's file, library or slot cannot be reached. */
        UNAVAILABLE,
        /** The token refused or failed the operation. */
        FAILED
    }

    private final Reason reason;

    public TokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TokenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
