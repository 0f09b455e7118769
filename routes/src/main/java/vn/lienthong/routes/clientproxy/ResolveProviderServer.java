package vn.lienthong.routes.clientproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;

/** Finds, in the global configuration, the security server that serves the service's provider. */
final class ResolveProviderServer implements Processor {

    private final ServerRuntime runtime;

    ResolveProviderServer(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ProxyMessage message = ProxyMessage.of(exchange);
        ServiceId service = message.headers().service();
        if (!runtime.global().isRegistered(service.provider())) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.UNKNOWN_SERVICE,
                    "service " + service + ": provider " + service.provider() + " is not registered in the federation");
        }
        SecurityServerInfo server = runtime.global().serverOf(service.provider()).orElseThrow(() -> new BusFault(
                FaultOrigin.CLIENT_PROXY, ErrorCode.UNKNOWN_SERVICE,
                "service " + service + ": no security server serves provider " + service.provider()));
        if (runtime.memberCertificate(service.provider().member()).isEmpty()) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.UNKNOWN_MEMBER, "provider member "
                    + service.provider().member() + " publishes no certificate to encrypt to");
        }
        message.peerServer(server);
    }
}
