package vn.lienthong.security.trust;

/** A certificate chain was not accepted; {@link #reason()} says why. */
public final class CertificateValidationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a chain was refused. */
    public enum Reason {
        /** The chain does not lead to an approved certification authority. */
        UNKNOWN_CA,
        /** A certificate of the chain had expired at the validation instant. */
        EXPIRED,
        /** A certificate of the chain was not yet valid at the validation instant. */
        NOT_YET_VALID,
        /** The end-entity certificate may not be used for the requested purpose. */
        WRONG_KEY_USAGE,
        /** The chain is broken: bad signature, missing CA flag, path length, unreadable certificate. */
        INVALID_CHAIN,
        /** The certification authority revoked a certificate of the chain. */
        REVOKED,
        /** Whether a certificate of the chain is revoked could not be established (responder down, bad answer). */
        REVOCATION_UNKNOWN
    }

    private final Reason reason;

    public CertificateValidationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CertificateValidationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
