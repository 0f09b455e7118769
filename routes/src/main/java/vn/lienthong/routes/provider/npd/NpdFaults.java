package vn.lienthong.routes.provider.npd;

import org.apache.camel.Exchange;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.npd.ObjectFactory;
import vn.lienthong.wsdl.npd.RequestFault;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/**
 * The SOAP faults the NPD answers with: {@code soap:Client} with a {@code npd:requestFault} detail when the
 * request is unacceptable, {@code soap:Server} with a fixed text when the NPD itself failed. No stack
 * trace or internal message ever reaches the caller.
 */
final class NpdFaults {

    private static final Logger LOG = LoggerFactory.getLogger(NpdFaults.class);
    private static final ObjectFactory FACTORY = new ObjectFactory();

    private NpdFaults() {
    }

    static SoapFault invalidRequest(RequestFaultCode code, String field, String message) {
        RequestFault detail = new RequestFault();
        detail.setCode(code);
        detail.setField(field);
        detail.setMessage(message);
        SoapFault fault = new SoapFault(message, Soap11.getInstance().getSender());
        Element detailElement = fault.getOrCreateDetail();
        Element requestFault = NpdPayloads.marshal(FACTORY.createRequestFault(detail));
        detailElement.appendChild(detailElement.getOwnerDocument().importNode(requestFault, true));
        return fault;
    }

    static SoapFault internalError() {
        return new SoapFault("The National Population Database could not answer this request; try again later.",
                Soap11.getInstance().getReceiver());
    }

    /** A body operation the WSDL declares but no route serves yet. */
    static void unknownOperation(Exchange exchange) {
        throw invalidRequest(RequestFaultCode.UNKNOWN_OPERATION, null,
                "The National Population Database does not serve this operation.");
    }

    /**
     * The error policy's step: the caught exception becomes the fault the CXF consumer answers with.
     * Faults raised on purpose pass as they are; anything else is logged here and hidden from the caller.
     */
    static void replyWithFault(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (caught instanceof Fault fault) {
            exchange.getMessage().setBody(fault);
            return;
        }
        LOG.error("NPD query {} failed", exchange.getExchangeId(), caught);
        exchange.getMessage().setBody(internalError());
    }
}
