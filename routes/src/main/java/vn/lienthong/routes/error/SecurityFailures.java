package vn.lienthong.routes.error;

import vn.lienthong.security.wss.MessageSecurityException;

/** Maps a WS-Security verification failure to its fault code. */
public final class SecurityFailures {

    private SecurityFailures() {
    }

    public static BusFault toFault(MessageSecurityException e, FaultOrigin origin) {
        ErrorCode code = switch (e.reason()) {
            case SECURITY_HEADER_MISSING -> ErrorCode.MISSING_SECURITY_HEADER;
            case SIGNATURE_INVALID -> ErrorCode.INVALID_SIGNATURE_VALUE;
            case ELEMENT_NOT_SIGNED -> ErrorCode.UNSIGNED_ELEMENT;
            case BODY_NOT_ENCRYPTED -> ErrorCode.BODY_NOT_ENCRYPTED;
            case DECRYPTION_FAILED -> ErrorCode.DECRYPTION_FAILED;
            case TIMESTAMP_MISSING -> ErrorCode.MISSING_TIMESTAMP;
            case TIMESTAMP_STALE -> ErrorCode.STALE_TIMESTAMP;
            case TIMESTAMP_IN_FUTURE -> ErrorCode.TIMESTAMP_IN_FUTURE;
            case REPLAYED -> ErrorCode.REPLAYED_MESSAGE;
            case CERTIFICATE_UNTRUSTED -> ErrorCode.UNTRUSTED_CERTIFICATE;
            case CERTIFICATE_EXPIRED -> ErrorCode.CERTIFICATE_EXPIRED;
            case CERTIFICATE_REVOKED -> ErrorCode.CERTIFICATE_REVOKED;
            case CERTIFICATE_STATUS_UNKNOWN -> ErrorCode.CERTIFICATE_STATUS_UNKNOWN;
            case UNSUPPORTED_TOKEN -> ErrorCode.UNSUPPORTED_SECURITY_TOKEN;
            case MALFORMED -> ErrorCode.INVALID_SECURITY_HEADER;
        };
        return new BusFault(origin, code, e.getMessage(), e);
    }
}
