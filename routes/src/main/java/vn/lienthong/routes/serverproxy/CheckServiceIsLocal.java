package vn.lienthong.routes.serverproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.conf.local.ServiceDescription;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.metadata.MetadataServiceCodes;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;

/** The service must belong to a subsystem this server serves, and be configured here (or be a metadata service). */
final class CheckServiceIsLocal implements Processor {

    static final String SERVICE_PROPERTY = "lienthong.service";

    private final ServerRuntime runtime;

    CheckServiceIsLocal(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ServiceId service = ProxyMessage.of(exchange).headers().service();
        boolean providerHere = runtime.global().securityServers().stream()
                .anyMatch(s -> s.id().equals(runtime.conf().serverId()) && s.serves(service.provider()));
        if (!providerHere) {
            throw new BusFault(FaultOrigin.SERVER_PROXY, ErrorCode.UNKNOWN_SERVICE,
                    "provider " + service.provider() + " is not served by this security server");
        }
        if (MetadataServiceCodes.isMetadata(service.serviceCode())) {
            return;
        }
        ServiceDescription description = runtime.services().find(service).orElseThrow(() -> new BusFault(
                FaultOrigin.SERVER_PROXY, ErrorCode.UNKNOWN_SERVICE, "unknown service " + service));
        exchange.setProperty(SERVICE_PROPERTY, description);
    }
}
