package vn.lienthong.security.wss;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.wss4j.dom.WSDataRef;
import org.w3c.dom.Element;
import vn.lienthong.security.wss.MessageSecurityException.Reason;

/**
 * Checks, without XPath, that the elements that matter are the very DOM nodes the signature references
 * and that the Body content was the node decrypted. Comparing node identity (not names or paths) defeats
 * wrapping attacks, where a signed element is moved elsewhere and a forged one takes its place.
 */
final class SignatureCoverage {

    private SignatureCoverage() {
    }

    static Set<Element> protectedElements(List<WSDataRef> references) {
        Set<Element> elements = Collections.newSetFromMap(new IdentityHashMap<>());
        for (WSDataRef reference : references) {
            if (reference.getProtectedElement() != null) {
                elements.add(reference.getProtectedElement());
            }
        }
        return elements;
    }

    /** @return the required header blocks, each verified to be signed */
    static List<Element> check(SoapEnvelope envelope, Element timestamp, Set<Element> signed, List<QName> requiredHeaders)
            throws MessageSecurityException {
        if (!signed.contains(envelope.body())) {
            throw new MessageSecurityException(Reason.ELEMENT_NOT_SIGNED, "the SOAP Body is not signed");
        }
        if (!signed.contains(timestamp)) {
            throw new MessageSecurityException(Reason.ELEMENT_NOT_SIGNED,
                    "the Timestamp of the security header is not signed");
        }
        List<Element> headers = new java.util.ArrayList<>();
        for (QName name : requiredHeaders) {
            List<Element> blocks = envelope.headerBlocks(name);
            if (blocks.isEmpty()) {
                throw new MessageSecurityException(Reason.ELEMENT_NOT_SIGNED, "required header " + name + " is missing");
            }
            if (blocks.size() > 1) {
                throw new MessageSecurityException(Reason.ELEMENT_NOT_SIGNED, "header " + name + " occurs "
                        + blocks.size() + " times; exactly one signed occurrence is required");
            }
            if (!signed.contains(blocks.get(0))) {
                throw new MessageSecurityException(Reason.ELEMENT_NOT_SIGNED, "header " + name + " is not signed");
            }
            headers.add(blocks.get(0));
        }
        return headers;
    }

    static void checkBodyEncrypted(SoapEnvelope envelope, List<WSDataRef> decrypted) throws MessageSecurityException {
        for (WSDataRef reference : decrypted) {
            if (reference.isContent() && reference.getProtectedElement() == envelope.body()) {
                return;
            }
        }
        throw new MessageSecurityException(Reason.BODY_NOT_ENCRYPTED, "the SOAP Body content was not encrypted");
    }
}
