package vn.lienthong.routes.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/** Structural access to a SOAP envelope held as DOM: its version, Header, Body and their children. */
public final class SoapEnvelope {

    private final Document document;
    private final SoapVersion version;

    private SoapEnvelope(Document document, SoapVersion version) {
        this.document = document;
        this.version = version;
    }

    /** Checks that the document is a SOAP 1.1 or 1.2 envelope with a non-empty Body. */
    public static SoapEnvelope of(Document document, FaultOrigin origin) {
        Element root = document.getDocumentElement();
        SoapVersion version = SoapVersion.ofNamespace(root.getNamespaceURI()).orElseThrow(() -> new BusFault(
                origin, ErrorCode.INVALID_SOAP, "not a SOAP envelope: the document element is {"
                        + root.getNamespaceURI() + "}" + root.getLocalName()));
        if (!"Envelope".equals(root.getLocalName())) {
            throw new BusFault(origin, ErrorCode.INVALID_SOAP, "not a SOAP envelope: the document element is "
                    + root.getLocalName());
        }
        SoapEnvelope envelope = new SoapEnvelope(document, version);
        List<Element> bodies = envelope.children(root, version.namespace(), "Body");
        if (bodies.isEmpty()) {
            throw new BusFault(origin, ErrorCode.MISSING_BODY, "the SOAP envelope has no Body");
        }
        if (bodies.size() > 1) {
            throw new BusFault(origin, ErrorCode.INVALID_SOAP, "the SOAP envelope has more than one Body");
        }
        if (firstElement(bodies.get(0)) == null) {
            throw new BusFault(origin, ErrorCode.MISSING_BODY, "the SOAP Body is empty");
        }
        if (envelope.children(root, version.namespace(), "Header").size() > 1) {
            throw new BusFault(origin, ErrorCode.INVALID_SOAP, "the SOAP envelope has more than one Header");
        }
        return envelope;
    }

    public Document document() {
        return document;
    }

    public SoapVersion version() {
        return version;
    }

    public Element body() {
        return children(document.getDocumentElement(), version.namespace(), "Body").get(0);
    }

    /** The first element inside the Body: the operation element of a document/literal message. */
    public Element bodyContent() {
        return firstElement(body());
    }

    public Element header() {
        List<Element> headers = children(document.getDocumentElement(), version.namespace(), "Header");
        return headers.isEmpty() ? null : headers.get(0);
    }

    /** The Header, created before the Body when the envelope has none. */
    public Element headerOrCreate() {
        Element header = header();
        if (header == null) {
            Element root = document.getDocumentElement();
            header = document.createElementNS(version.namespace(), prefix(root) + "Header");
            root.insertBefore(header, body());
        }
        return header;
    }

    public List<Element> headerElements(QName name) {
        Element header = header();
        return header == null ? List.of() : children(header, name.getNamespaceURI(), name.getLocalPart());
    }

    /** Whether the Body carries a SOAP Fault. */
    public boolean isFault() {
        Element content = bodyContent();
        return content != null && version.namespace().equals(content.getNamespaceURI())
                && "Fault".equals(content.getLocalName());
    }

    public List<Element> children(Element parent, String ns, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                result.add(e);
            }
        }
        return result;
    }

    public static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static String prefix(Element e) {
        return e.getPrefix() == null ? "" : e.getPrefix() + ":";
    }
}
