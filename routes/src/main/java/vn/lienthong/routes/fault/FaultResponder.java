package vn.lienthong.routes.fault;

import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.error.RemoteFault;
import vn.lienthong.routes.soap.ProxyMessage;
import vn.lienthong.routes.soap.SoapVersion;

/**
 * Answers any failure of a proxy route with a SOAP fault: a coded {@link BusFault} keeps its code, anything
 * unexpected becomes {@code <origin>.InternalError}. Each fault carries a fresh detail id that is also
 * written to the server log with the cause, so an operator can find it; the caller never sees a stack trace.
 */
public final class FaultResponder implements Processor {

    /** The exchange property holding the fault code that was answered, for the message log. */
    public static final String FAULT_CODE_PROPERTY = "lienthong.faultCode";

    private static final Logger LOG = LoggerFactory.getLogger("vn.lienthong.fault");

    private final FaultOrigin origin;

    public FaultResponder(FaultOrigin origin) {
        this.origin = origin;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ProxyMessage message = ProxyMessage.ofNullable(exchange);
        SoapVersion version = message == null ? SoapVersion.SOAP_11 : message.soapVersion();
        String context = message == null ? "" : message.describe();
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, 500);
        out.setHeader(Exchange.CONTENT_TYPE, version.contentType());
        if (caught instanceof RemoteFault remote) {
            LOG.warn("relayed fault {} from the provider's security server: {} [{}]", remote.faultCode(),
                    remote.getMessage(), context);
            out.setBody(remote.envelope());
            exchange.setProperty(FAULT_CODE_PROPERTY, remote.faultCode());
            return;
        }
        String detailId = UUID.randomUUID().toString();
        BusFault fault;
        if (caught instanceof BusFault bus) {
            fault = bus;
            LOG.warn("fault {} {}: {} [{}]", detailId, fault.faultCode(), fault.getMessage(), context);
        } else {
            fault = new BusFault(origin, ErrorCode.INTERNAL_ERROR,
                    "internal error: the server log has the cause under this fault's detail id");
            LOG.error("fault {} {}: unexpected failure [{}]", detailId, fault.faultCode(), context, caught);
        }
        out.setBody(SoapFaults.render(version, fault.faultCode(), fault.getMessage(), detailId));
        exchange.setProperty(FAULT_CODE_PROPERTY, fault.faultCode());
    }
}
