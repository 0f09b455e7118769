package vn.lienthong.routes.metadata;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.conf.local.ServiceDescription;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.XRoadNames;

/**
 * getWsdl: the WSDL of one of the provider subsystem's services. The request body names serviceCode and
 * serviceVersion as in X-Road; the answer carries the self-contained WSDL document inline
 * after them.
 */
final class GetWsdl implements Processor {

    private final ServerRuntime runtime;
    private final WsdlDocuments wsdls;

    GetWsdl(ServerRuntime runtime) {
        this.runtime = runtime;
        this.wsdls = new WsdlDocuments(runtime.conf().directory());
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        Element request = message.request().bodyContent();
        String code = childText(request, "serviceCode");
        String version = childText(request, "serviceVersion");
        if (code == null || code.isEmpty()) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INVALID_REQUEST,
                    "getWsdl needs <xrd:serviceCode> in its body");
        }
        ServiceId wanted;
        try {
            wanted = new ServiceId(message.headers().service().provider(), code, version == null || version.isEmpty() ? null : version);
        } catch (IllegalArgumentException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INVALID_REQUEST, "getWsdl: " + e.getMessage());
        }
        ServiceDescription service = runtime.services().find(wanted).orElseThrow(() -> new BusFault(
                FaultOrigin.SERVER_PROXY, ErrorCode.UNKNOWN_SERVICE, "unknown service " + wanted));
        if (service.wsdl() == null) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.UNKNOWN_SERVICE,
                    "service " + wanted + " has no WSDL configured");
        }
        Document wsdl = wsdls.load(service.wsdl());
        MetadataResponse.write(exchange, message, doc -> {
            Element response = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:getWsdlResponse");
            append(doc, response, "serviceCode", code);
            if (version != null) {
                append(doc, response, "serviceVersion", version);
            }
            response.appendChild(doc.importNode(wsdl.getDocumentElement(), true));
            return response;
        });
    }

    private static String childText(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static void append(Document doc, Element parent, String localName, String text) {
        Element e = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:" + localName);
        e.setTextContent(text);
        parent.appendChild(e);
    }
}
