package vn.lienthong.routes.serverproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.w3c.dom.Element;
import vn.lienthong.conf.local.ServiceDescription;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SafeXml;
import vn.lienthong.routes.soap.XRoadNames;
import vn.lienthong.routes.transport.HttpReply;

/**
 * Forwards the verified request, as plain SOAP without transport headers, to the provider information
 * system, and takes its answer (a response or a SOAP fault) for the way back.
 */
final class ForwardToProviderSystem implements Processor {

    static final String SOAP_ACTION_HEADER = "SOAPAction";

    private final ServerRuntime runtime;

    ForwardToProviderSystem(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        ServiceDescription service = exchange.getProperty(CheckServiceIsLocal.SERVICE_PROPERTY, ServiceDescription.class);
        for (Element e : message.request().headerElements(XRoadNames.TRANSPORT_REQUEST_HASH)) {
            e.getParentNode().removeChild(e);
        }
        String soapAction = exchange.getIn().getHeader(SOAP_ACTION_HEADER, String.class);
        byte[] body = SafeXml.write(message.request().document());
        HttpReply reply = runtime.cpuPermits().awayWhile(exchange, () -> runtime.providerClient().send(service.url(),
                body, message.soapVersion().contentType(), soapAction == null ? "\"\"" : soapAction, service.timeout()));
        if (reply.status() != 200 && reply.status() != 500) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.INVALID_SERVICE_RESPONSE,
                    "the provider information system answered HTTP " + reply.status());
        }
        message.responseReceivedAt(runtime.clock().instant());
        message.responseBytes(reply.body());
    }
}
