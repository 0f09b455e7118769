package vn.lienthong.security.wss;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.processor.Processor;
import org.w3c.dom.Element;
import vn.lienthong.security.wss.MessageSecurityException.Reason;

/**
 * Refuses a security header element this security server does not accept. Registered for SAML 1 and 2
 * assertions (OpenSAML is not on the class path, and WSS4J's own SAML processor would fail with a
 * {@code NoClassDefFoundError}) and for every other token type outside the federation's profile.
 */
final class RejectedTokenProcessor implements Processor {

    private final String description;

    RejectedTokenProcessor(String description) {
        this.description = description;
    }

    static RejectedTokenProcessor forElement(QName name) {
        return new RejectedTokenProcessor("security header element " + name + " is not accepted");
    }

    @Override
    public List<WSSecurityEngineResult> handleToken(Element elem, RequestData request) throws WSSecurityException {
        throw new PhaseFailure(Reason.UNSUPPORTED_TOKEN, description,
                WSSecurityException.ErrorCode.UNSUPPORTED_SECURITY_TOKEN);
    }
}
