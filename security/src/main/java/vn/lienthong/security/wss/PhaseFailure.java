package vn.lienthong.security.wss;

import org.apache.wss4j.common.ext.WSSecurityException;

/**
 * A WSS4J failure tagged, at the processor where it happened, with the reason and the remote-safe text
 * the verifier reports. It travels through WSS4J's engine as a {@link WSSecurityException}.
 */
final class PhaseFailure extends WSSecurityException {

    private static final long serialVersionUID = 1L;

    private final MessageSecurityException.Reason reason;
    private final String safeMessage;

    PhaseFailure(MessageSecurityException.Reason reason, String safeMessage, ErrorCode errorCode) {
        super(errorCode);
        this.reason = reason;
        this.safeMessage = safeMessage;
    }

    MessageSecurityException toMessageSecurityException() {
        return new MessageSecurityException(reason, safeMessage);
    }
}
