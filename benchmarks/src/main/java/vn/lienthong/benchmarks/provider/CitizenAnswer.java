package vn.lienthong.benchmarks.provider;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What the provider information system answers to getCitizen: the X-Road headers of the request echoed in
 * their order (as protocol 4.0 asks of a provider), and the citizen record in the Body. Thread-safe.
 */
final class CitizenAnswer {

    private static final String XROAD_NS = "http://x-road.eu/xsd/xroad.xsd";
    private static final Set<String> ECHOED = Set.of("client", "service", "id", "userId", "issue", "protocolVersion");

    private final MessageFactory messages;
    private final ThreadLocal<DocumentBuilder> builders;

    CitizenAnswer() {
        try {
            messages = MessageFactory.newInstance();
        } catch (SOAPException e) {
            throw new IllegalStateException("no SAAJ implementation on the class path", e);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be made safe", e);
        }
        builders = ThreadLocal.withInitial(() -> {
            try {
                return factory.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    SOAPMessage answer(SOAPMessage request) throws SOAPException {
        SOAPMessage response = messages.createMessage();
        SOAPHeader header = response.getSOAPHeader();
        Document target = response.getSOAPPart();
        SOAPHeader requestHeader = request.getSOAPHeader();
        if (requestHeader != null) {
            for (Node n = requestHeader.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && XROAD_NS.equals(e.getNamespaceURI()) && ECHOED.contains(e.getLocalName())) {
                    header.appendChild(declarePrefixes((Element) target.importNode(e, true)));
                }
            }
        }
        SOAPBody body = response.getSOAPBody();
        body.appendChild(target.importNode(record(pinOf(request.getSOAPBody())), true));
        return response;
    }

    /**
     * Declares on {@code root} every prefix it and its descendants use: an imported header loses the declarations
     * its request envelope held, and a signature over it would not survive serialization without them.
     */
    private static Element declarePrefixes(Element root) {
        declare(root, root);
        return root;
    }

    private static void declare(Element root, Element element) {
        declare(root, element.getPrefix(), element.getNamespaceURI());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                declare(root, a.getPrefix(), a.getNamespaceURI());
            }
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                declare(root, child);
            }
        }
    }

    private static void declare(Element root, String prefix, String namespace) {
        if (prefix != null && namespace != null && !root.hasAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, prefix)) {
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, namespace);
        }
    }

    private Element record(String pin) {
        try {
            return builders.get().parse(new InputSource(new StringReader(CitizenRecordXml.getCitizenResponse(pin))))
                    .getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the citizen record does not parse", e);
        }
    }

    private static String pinOf(SOAPBody body) {
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element getCitizen) {
                for (Node n = getCitizen.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && "personalIdentificationNumber".equals(e.getLocalName())) {
                        return e.getTextContent().trim();
                    }
                }
            }
        }
        throw new IllegalArgumentException("the request is not a getCitizen with a personalIdentificationNumber");
    }
}
