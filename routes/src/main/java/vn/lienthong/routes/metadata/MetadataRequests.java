package vn.lienthong.routes.metadata;

import java.util.UUID;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.XRoadHeaderWriter;
import vn.lienthong.routes.soap.XRoadNames;

/** Builds the SOAP requests of the metadata services, as an information system would send them. */
final class MetadataRequests {

    private MetadataRequests() {
    }

    static String getWsdl(ClientId client, ServiceId service) {
        var doc = SafeXml.newDocument();
        String soap = XRoadNames.SOAP11_NS;
        var envelope = doc.createElementNS(soap, "soapenv:Envelope");
        doc.appendChild(envelope);
        var header = doc.createElementNS(soap, "soapenv:Header");
        envelope.appendChild(header);
        header.appendChild(XRoadHeaderWriter.client(doc, "client", client));
        header.appendChild(XRoadHeaderWriter.service(doc, "service",
                new ServiceId(service.provider(), MetadataServiceCodes.GET_WSDL, null)));
        header.appendChild(text(doc, "id", UUID.randomUUID().toString()));
        header.appendChild(text(doc, "protocolVersion", XRoadNames.PROTOCOL_VERSION_4));
        var body = doc.createElementNS(soap, "soapenv:Body");
        envelope.appendChild(body);
        var getWsdl = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:getWsdl");
        getWsdl.appendChild(text(doc, "serviceCode", service.serviceCode()));
        if (service.serviceVersion() != null) {
            getWsdl.appendChild(text(doc, "serviceVersion", service.serviceVersion()));
        }
        body.appendChild(getWsdl);
        SafeXml.declareNamespaces(doc);
        return new String(SafeXml.write(doc), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static org.w3c.dom.Element text(org.w3c.dom.Document doc, String localName, String value) {
        var e = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:" + localName);
        e.setTextContent(value);
        return e;
    }
}
