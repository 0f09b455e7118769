package vn.lienthong.routes.soap;

import static vn.lienthong.routes.soap.XRoadNames.IDENTIFIERS_NS;
import static vn.lienthong.routes.soap.XRoadNames.XROAD_NS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;

/**
 * Reads and checks the X-Road message protocol 4.0 headers: client, service and id and protocolVersion
 * are required, userId and issue optional, none may appear twice, protocolVersion must be 4.0.
 */
public final class XRoadHeaderParser {

    private XRoadHeaderParser() {
    }

    public static XRoadHeaders parse(SoapEnvelope envelope, FaultOrigin origin) {
        Element header = envelope.header();
        if (header == null) {
            throw new BusFault(origin, ErrorCode.MISSING_HEADER_FIELD,
                    "the SOAP envelope has no Header: X-Road headers client, service, id and protocolVersion are required");
        }
        Map<QName, Element> found = new HashMap<>();
        List<QName> order = new ArrayList<>();
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XROAD_NS.equals(e.getNamespaceURI())) {
                QName name = new QName(XROAD_NS, e.getLocalName());
                if (!XRoadNames.REQUEST_HEADERS.contains(name)) {
                    continue;
                }
                if (found.put(name, e) != null) {
                    throw new BusFault(origin, ErrorCode.DUPLICATE_HEADER_FIELD,
                            "the header field " + e.getLocalName() + " appears more than once");
                }
                order.add(name);
            }
        }
        for (QName required : List.of(XRoadNames.CLIENT, XRoadNames.SERVICE, XRoadNames.ID, XRoadNames.PROTOCOL_VERSION)) {
            if (!found.containsKey(required)) {
                throw new BusFault(origin, ErrorCode.MISSING_HEADER_FIELD,
                        "the required header field " + required.getLocalPart() + " is missing");
            }
        }
        String protocolVersion = text(found.get(XRoadNames.PROTOCOL_VERSION));
        if (!XRoadNames.PROTOCOL_VERSION_4.equals(protocolVersion)) {
            throw new BusFault(origin, ErrorCode.INVALID_PROTOCOL_VERSION,
                    "protocolVersion is '" + protocolVersion + "', this server speaks 4.0");
        }
        String id = text(found.get(XRoadNames.ID));
        if (id.isEmpty()) {
            throw new BusFault(origin, ErrorCode.INVALID_HEADER_FIELD, "the header field id is empty");
        }
        ClientId client = client(found.get(XRoadNames.CLIENT), origin);
        ServiceId service = service(found.get(XRoadNames.SERVICE), origin);
        return new XRoadHeaders(client, service, id, optionalText(found.get(XRoadNames.USER_ID)),
                optionalText(found.get(XRoadNames.ISSUE)), protocolVersion, order);
    }

    private static ClientId client(Element e, FaultOrigin origin) {
        String type = e.getAttributeNS(IDENTIFIERS_NS, "objectType");
        if (!"MEMBER".equals(type) && !"SUBSYSTEM".equals(type)) {
            throw new BusFault(origin, ErrorCode.INVALID_HEADER_FIELD,
                    "client objectType must be MEMBER or SUBSYSTEM, not '" + type + "'");
        }
        try {
            ClientId id = new ClientId(part(e, "xRoadInstance"), part(e, "memberClass"), part(e, "memberCode"),
                    "SUBSYSTEM".equals(type) ? required(e, "subsystemCode") : null);
            return id;
        } catch (IllegalArgumentException ex) {
            throw new BusFault(origin, ErrorCode.INVALID_HEADER_FIELD, "invalid client: " + ex.getMessage());
        }
    }

    private static ServiceId service(Element e, FaultOrigin origin) {
        String type = e.getAttributeNS(IDENTIFIERS_NS, "objectType");
        if (!"SERVICE".equals(type)) {
            throw new BusFault(origin, ErrorCode.INVALID_HEADER_FIELD,
                    "service objectType must be SERVICE, not '" + type + "'");
        }
        try {
            ClientId provider = new ClientId(part(e, "xRoadInstance"), part(e, "memberClass"), part(e, "memberCode"),
                    part(e, "subsystemCode"));
            return new ServiceId(provider, part(e, "serviceCode"), part(e, "serviceVersion"));
        } catch (IllegalArgumentException ex) {
            throw new BusFault(origin, ErrorCode.INVALID_HEADER_FIELD, "invalid service: " + ex.getMessage());
        }
    }

    private static String required(Element parent, String localName) {
        String v = part(parent, localName);
        if (v == null) {
            throw new IllegalArgumentException(localName + " is missing");
        }
        return v;
    }

    private static String part(Element parent, String localName) {
        String value = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && IDENTIFIERS_NS.equals(c.getNamespaceURI()) && localName.equals(c.getLocalName())) {
                if (value != null) {
                    throw new IllegalArgumentException(localName + " appears twice");
                }
                value = c.getTextContent().trim();
            }
        }
        return value;
    }

    private static String text(Element e) {
        return e.getTextContent().trim();
    }

    private static String optionalText(Element e) {
        return e == null ? null : text(e);
    }
}
