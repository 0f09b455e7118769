package vn.lienthong.certs.ca;

/** The CA refused a certification request; {@link #reason()} says why, the message says what to do instead. */
public final class CertificateRequestRejectedException extends CertificateAuthorityException {

    /** Why a request was refused. */
    public enum Reason {
        /** The bytes are not a DER-encoded PKCS#10 request. */
        MALFORMED_REQUEST,
        /** The request's signature does not verify with the public key it carries. */
        SIGNATURE_INVALID,
        /** The request names a subject other than the certificate profile gives for the party asked for. */
        SUBJECT_MISMATCH,
        /** The key is of an accepted type but too short (RSA below 2048 bits). */
        WEAK_KEY,
        /** The key type or curve is outside the profile (only RSA, EC P-256 and EC P-384 are accepted). */
        UNSUPPORTED_KEY
    }

    private final Reason reason;

    CertificateRequestRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    CertificateRequestRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
