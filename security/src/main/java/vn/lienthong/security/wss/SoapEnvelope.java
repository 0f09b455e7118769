package vn.lienthong.security.wss;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.wss4j.dom.WSConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The structure of a SOAP 1.1 or 1.2 envelope: exactly an optional Header followed by one Body, nothing
 * else at the top level. Read without XPath, from the DOM as it is now.
 */
final class SoapEnvelope {

    static final QName SECURITY = new QName(WSConstants.WSSE_NS, WSConstants.WSSE_LN);

    private final Element envelope;
    private final Element header;
    private final Element body;

    private SoapEnvelope(Element envelope, Element header, Element body) {
        this.envelope = envelope;
        this.header = header;
        this.body = body;
    }

    /** @throws IllegalArgumentException when the document is not a well-formed SOAP envelope */
    static SoapEnvelope of(Document document) {
        Element root = document == null ? null : document.getDocumentElement();
        if (root == null || !WSConstants.ELEM_ENVELOPE.equals(root.getLocalName())) {
            throw new IllegalArgumentException("the document is not a SOAP envelope");
        }
        String ns = root.getNamespaceURI();
        if (!WSConstants.URI_SOAP11_ENV.equals(ns) && !WSConstants.URI_SOAP12_ENV.equals(ns)) {
            throw new IllegalArgumentException("unknown SOAP envelope namespace " + ns);
        }
        Element header = null;
        Element body = null;
        for (Element child : childElements(root)) {
            boolean soap = ns.equals(child.getNamespaceURI());
            if (soap && WSConstants.ELEM_HEADER.equals(child.getLocalName()) && header == null && body == null) {
                header = child;
            } else if (soap && WSConstants.ELEM_BODY.equals(child.getLocalName()) && body == null) {
                body = child;
            } else {
                throw new IllegalArgumentException("unexpected element {" + child.getNamespaceURI() + "}"
                        + child.getLocalName() + " in the SOAP envelope (only one Header and one Body are allowed)");
            }
        }
        if (body == null) {
            throw new IllegalArgumentException("the SOAP envelope has no Body");
        }
        return new SoapEnvelope(root, header, body);
    }

    Element envelope() {
        return envelope;
    }

    Element body() {
        return body;
    }

    Optional<Element> header() {
        return Optional.ofNullable(header);
    }

    String soapNamespace() {
        return envelope.getNamespaceURI();
    }

    /** The direct children of soap:Header with this name, in document order. */
    List<Element> headerBlocks(QName name) {
        List<Element> result = new ArrayList<>();
        if (header != null) {
            for (Element child : childElements(header)) {
                if (name.getLocalPart().equals(child.getLocalName())
                        && name.getNamespaceURI().equals(nullToEmpty(child.getNamespaceURI()))) {
                    result.add(child);
                }
            }
        }
        return result;
    }

    List<Element> securityHeaders() {
        return headerBlocks(SECURITY);
    }

    static List<Element> childElements(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) node);
            }
        }
        return result;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
