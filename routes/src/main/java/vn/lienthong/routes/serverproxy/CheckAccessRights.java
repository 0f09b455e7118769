package vn.lienthong.routes.serverproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.local.ServiceDescription;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;

/** Default deny: the client (or a global group it belongs to) must be granted this service code. */
final class CheckAccessRights implements Processor {

    private final ServerRuntime runtime;

    CheckAccessRights(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ServiceDescription service = exchange.getProperty(CheckServiceIsLocal.SERVICE_PROPERTY, ServiceDescription.class);
        if (service == null) {
            return; // metadata services are open to every member, as in X-Road
        }
        ClientId client = ProxyMessage.of(exchange).headers().client();
        if (!service.allows(client, runtime.global())) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.ACCESS_DENIED,
                    "client " + client + " has no access right to service " + service.id());
        }
    }
}
