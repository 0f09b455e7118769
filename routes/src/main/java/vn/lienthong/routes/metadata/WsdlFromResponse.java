package vn.lienthong.routes.metadata;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.SoapEnvelope;
import vn.lienthong.routes.soap.XRoadNames;

/** Unwraps the WSDL from a getWsdl response for {@code GET /wsdl}; a fault passes through unchanged. */
final class WsdlFromResponse implements Processor {

    @Override
    public void process(Exchange exchange) {
        Integer status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        if (status != null && status != 200) {
            return;
        }
        SoapEnvelope response = SoapEnvelope.of(SafeXml.parse(exchange.getMessage().getBody(byte[].class),
                FaultOrigin.CLIENT_PROXY), FaultOrigin.CLIENT_PROXY);
        Element getWsdlResponse = response.bodyContent();
        for (Node n = getWsdlResponse.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !XRoadNames.XROAD_NS.equals(e.getNamespaceURI())) {
                exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/xml; charset=UTF-8");
                exchange.getMessage().setBody(SafeXml.write(e));
                return;
            }
        }
    }
}
