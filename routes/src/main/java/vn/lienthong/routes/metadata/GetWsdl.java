package vn.lienthong.routes.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.XRoadNames;

/**
 * getWsdl: the WSDL of one of the provider subsystem's services. The request body names serviceCode and
 * serviceVersion as in X-Road; the answer carries the WSDL document inline after them.
 */
final class GetWsdl implements Processor {

    private final ServerRuntime runtime;

    GetWsdl(ServerRuntime runtime) {
        this.runtime = runtime;
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
        Document wsdl = SafeXml.parse(read(service.wsdl()), FaultOrigin.SERVER_PROXY);
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

    private byte[] read(String location) {
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                try (InputStream in = GetWsdl.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("no class path resource " + resource);
                    }
                    return in.readAllBytes();
                }
            }
            Path file = runtime.conf().directory().resolve(location);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INTERNAL_ERROR,
                    "the WSDL of this service cannot be read: " + e.getMessage(), e);
        }
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
