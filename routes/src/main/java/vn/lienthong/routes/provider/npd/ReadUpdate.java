package vn.lienthong.routes.provider.npd;

import java.util.List;

import jakarta.xml.bind.JAXBException;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** Receive: the SOAP body's applyUpdate element as the generated request type. */
final class ReadUpdate implements Processor {

    @Override
    public void process(Exchange exchange) {
        CxfPayload<?> payload = exchange.getIn().getBody(CxfPayload.class);
        List<Element> body = payload == null ? List.of() : payload.getBody();
        if (body.size() != 1) {
            throw UpdateFaults.invalid(UpdateFaults.MALFORMED, "The SOAP body must hold exactly one applyUpdate element.");
        }
        try {
            exchange.getIn().setBody(NpdPayloads.unmarshal(body.get(0), ApplyUpdateRequest.class));
        } catch (JAXBException e) {
            throw UpdateFaults.invalid(UpdateFaults.MALFORMED, "The request element does not match the NPD update schema.");
        }
    }
}
