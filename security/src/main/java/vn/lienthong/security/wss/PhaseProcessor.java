package vn.lienthong.security.wss;

import java.util.List;
import java.util.function.Supplier;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.common.ext.WSSecurityException.ErrorCode;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.processor.Processor;
import org.w3c.dom.Element;
import vn.lienthong.security.wss.MessageSecurityException.Reason;

/**
 * Runs one of WSS4J's own processors (a fresh instance per token, as WSS4J does) and turns whatever it
 * throws into a {@link PhaseFailure} that names the phase: a failing EncryptedKey is a decryption failure,
 * a failing Signature an invalid signature. A {@link LinkageError} (a class of an optional library such
 * as OpenSAML missing) becomes an ordinary unsupported-token failure. Afterwards the message's
 * {@link IndexedIdLookup} forgets its index, since a token (an EncryptedKey above all) may change the document.
 */
final class PhaseProcessor implements Processor {

    private final Supplier<Processor> delegate;
    private final Reason reason;
    private final String phase;

    PhaseProcessor(Supplier<Processor> delegate, Reason reason, String phase) {
        this.delegate = delegate;
        this.reason = reason;
        this.phase = phase;
    }

    @Override
    public List<WSSecurityEngineResult> handleToken(Element elem, RequestData request) throws WSSecurityException {
        try {
            return delegate.get().handleToken(elem, request);
        } catch (PhaseFailure e) {
            throw e;
        } catch (WSSecurityException e) {
            throw new PhaseFailure(reason, phase + ": " + explain(e.getErrorCode()), e.getErrorCode());
        } catch (LinkageError e) {
            throw new PhaseFailure(Reason.UNSUPPORTED_TOKEN,
                    phase + ": uses a feature this security server does not support", ErrorCode.UNSUPPORTED_SECURITY_TOKEN);
        } catch (RuntimeException e) {
            throw new PhaseFailure(Reason.MALFORMED, phase + ": the element is not well-formed", ErrorCode.INVALID_SECURITY);
        } finally {
            if (request.getWsDocInfo() != null
                    && request.getWsDocInfo().getCallbackLookup() instanceof IndexedIdLookup lookup) {
                lookup.documentChanged();
            }
        }
    }

    private String explain(ErrorCode code) {
        if (code == null) {
            return "could not be processed";
        }
        return switch (code) {
            case FAILED_CHECK -> reason == Reason.DECRYPTION_FAILED
                    ? "the key or the data cannot be decrypted with this security server's key"
                    : "the signature value or a reference digest does not match the signed content";
            case UNSUPPORTED_ALGORITHM -> "an algorithm that is not accepted was used";
            case INVALID_SECURITY -> "an algorithm, key size or structure outside the accepted profile was used";
            case SECURITY_TOKEN_UNAVAILABLE -> "a referenced key or token is not available here";
            case INVALID_SECURITY_TOKEN -> "a security token is invalid";
            case UNSUPPORTED_SECURITY_TOKEN -> "an unsupported security token was used";
            case FAILED_AUTHENTICATION -> "authentication failed";
            case MESSAGE_EXPIRED -> "the message has expired";
            default -> "could not be processed";
        };
    }
}
