package vn.lienthong.security.wss;

import java.util.Objects;

/**
 * An inbound message failed WS-Security verification. {@link #reason()} is stable (it maps to a SOAP fault
 * code); the message text says precisely what was wrong and is safe to return to the remote party: it
 * never carries stack traces, key material or decrypted content.
 */
public final class MessageSecurityException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a message was refused. */
    public enum Reason {
        SECURITY_HEADER_MISSING,
        SIGNATURE_INVALID,
        ELEMENT_NOT_SIGNED,
        BODY_NOT_ENCRYPTED,
        DECRYPTION_FAILED,
        TIMESTAMP_MISSING,
        TIMESTAMP_STALE,
        TIMESTAMP_IN_FUTURE,
        REPLAYED,
        CERTIFICATE_UNTRUSTED,
        CERTIFICATE_EXPIRED,
        /** The signer's certificate (or a CA certificate in its chain) is revoked, per OCSP. */
        CERTIFICATE_REVOKED,
        /** No fresh OCSP answer could be had for the signer's chain, and the policy fails closed. */
        CERTIFICATE_STATUS_UNKNOWN,
        UNSUPPORTED_TOKEN,
        MALFORMED
    }

    private final Reason reason;

    public MessageSecurityException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "MessageSecurityException[" + reason + "]: " + getMessage();
    }
}
