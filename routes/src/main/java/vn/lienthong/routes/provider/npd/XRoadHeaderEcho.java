package vn.lienthong.routes.provider.npd;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.headers.Header;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.Contracts;

/**
 * X-Road message protocol 4.0 asks a provider information system to return the request's header
 * fields client, service, id, userId, issue and protocolVersion in its response, unchanged and in the
 * order they came. The first step keeps them; the response step puts them back.
 */
final class XRoadHeaderEcho {

    static final String REQUEST_HEADERS = "NpdXRoadRequestHeaders";
    private static final Set<String> ECHOED = Set.of("client", "service", "id", "userId", "issue", "protocolVersion");

    private XRoadHeaderEcho() {
    }

    /** Keeps the request's X-Road header elements, in document order, for the response. */
    static void capture(Exchange exchange) {
        CxfPayload<?> payload = exchange.getIn().getBody(CxfPayload.class);
        List<Element> kept = new ArrayList<>();
        if (payload != null) {
            for (Object candidate : payload.getHeaders()) {
                if (candidate instanceof Header header && isEchoed(header.getName())
                        && header.getObject() instanceof Element element) {
                    kept.add(element);
                }
            }
        }
        exchange.setProperty(REQUEST_HEADERS, List.copyOf(kept));
    }

    /** The request's X-Road header elements that {@link #capture} kept, in document order. */
    static List<Element> requestHeaders(Exchange exchange) {
        List<Element> elements = new ArrayList<>();
        for (Object kept : exchange.getProperty(REQUEST_HEADERS, List.of(), List.class)) {
            elements.add((Element) kept);
        }
        return elements;
    }

    static List<SoapHeader> responseHeaders(Exchange exchange) {
        List<SoapHeader> headers = new ArrayList<>();
        for (Object kept : exchange.getProperty(REQUEST_HEADERS, List.of(), List.class)) {
            Element element = (Element) kept;
            SoapHeader header = new SoapHeader(new QName(element.getNamespaceURI(), element.getLocalName()), element);
            header.setDirection(Header.Direction.DIRECTION_OUT);
            headers.add(header);
        }
        return headers;
    }

    private static boolean isEchoed(QName name) {
        return Contracts.XROAD_NAMESPACE.equals(name.getNamespaceURI()) && ECHOED.contains(name.getLocalPart());
    }
}
