package vn.lienthong.routes.serverproxy;

import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.SoapEnvelope;
import vn.lienthong.routes.soap.XRoadNames;

/**
 * Makes the provider's answer an X-Road response: it must be SOAP of the request's version and must not
 * contradict the request's id; its header then echoes the request's X-Road headers in their order and
 * adds requestHash (SHA-512 of the request as the client information system sent it).
 */
final class PrepareResponse implements Processor {

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        SoapEnvelope response;
        try {
            response = SoapEnvelope.of(SafeXml.parse(message.responseBytes(), FaultOrigin.SERVER_PROXY),
                    FaultOrigin.SERVER_PROXY);
        } catch (BusFault e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INVALID_SERVICE_RESPONSE,
                    "the provider information system's answer is not a SOAP message: " + e.getMessage());
        }
        if (response.version() != message.soapVersion()) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INVALID_SERVICE_RESPONSE,
                    "the provider information system answered in " + response.version() + " to a "
                            + message.soapVersion() + " request");
        }
        List<Element> ids = response.headerElements(XRoadNames.ID);
        if (!ids.isEmpty() && !message.headers().id().equals(ids.get(0).getTextContent().trim())) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INCONSISTENT_RESPONSE,
                    "the provider information system answered with id '" + ids.get(0).getTextContent().trim()
                            + "' to request '" + message.headers().id() + "'");
        }
        Element header = response.headerOrCreate();
        List<Node> stale = new ArrayList<>();
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (XRoadNames.XROAD_NS.equals(e.getNamespaceURI())
                    || XRoadNames.TRANSPORT_NS.equals(e.getNamespaceURI()))) {
                stale.add(n);
            }
        }
        stale.forEach(header::removeChild);
        Node first = header.getFirstChild();
        Document doc = response.document();
        for (var name : message.headers().present()) {
            Element original = message.request().headerElements(name).get(0);
            header.insertBefore(doc.importNode(original, true), first);
        }
        Element hash = doc.createElementNS(XRoadNames.XROAD_NS, "xrd:requestHash");
        hash.setAttribute("algorithmId", XRoadNames.SHA512_ALGORITHM_ID);
        hash.setTextContent(message.requestHash());
        header.insertBefore(hash, first);
        message.response(response);
    }
}
