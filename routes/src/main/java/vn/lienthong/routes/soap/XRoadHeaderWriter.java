package vn.lienthong.routes.soap;

import static vn.lienthong.routes.soap.XRoadNames.IDENTIFIERS_NS;
import static vn.lienthong.routes.soap.XRoadNames.XROAD_NS;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;

/** Builds X-Road identifier elements (client, service) in the protocol 4.0 form. */
public final class XRoadHeaderWriter {

    private XRoadHeaderWriter() {
    }

    public static Element client(Document doc, String localName, ClientId id) {
        Element e = doc.createElementNS(XROAD_NS, "xrd:" + localName);
        e.setAttributeNS(IDENTIFIERS_NS, "id:objectType", id.objectType());
        append(doc, e, "xRoadInstance", id.instance());
        append(doc, e, "memberClass", id.memberClass());
        append(doc, e, "memberCode", id.memberCode());
        if (id.isSubsystem()) {
            append(doc, e, "subsystemCode", id.subsystemCode());
        }
        return e;
    }

    public static Element service(Document doc, String localName, ServiceId id) {
        Element e = doc.createElementNS(XROAD_NS, "xrd:" + localName);
        e.setAttributeNS(IDENTIFIERS_NS, "id:objectType", "SERVICE");
        ClientId p = id.provider();
        append(doc, e, "xRoadInstance", p.instance());
        append(doc, e, "memberClass", p.memberClass());
        append(doc, e, "memberCode", p.memberCode());
        if (p.isSubsystem()) {
            append(doc, e, "subsystemCode", p.subsystemCode());
        }
        append(doc, e, "serviceCode", id.serviceCode());
        if (id.serviceVersion() != null) {
            append(doc, e, "serviceVersion", id.serviceVersion());
        }
        return e;
    }

    private static void append(Document doc, Element parent, String localName, String value) {
        Element c = doc.createElementNS(IDENTIFIERS_NS, "id:" + localName);
        c.setTextContent(value);
        parent.appendChild(c);
    }
}
