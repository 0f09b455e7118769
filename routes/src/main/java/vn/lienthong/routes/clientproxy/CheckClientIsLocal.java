package vn.lienthong.routes.clientproxy;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.global.SecurityServerInfo;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;

/** The client must be a registered member or subsystem, served by this very security server. */
final class CheckClientIsLocal implements Processor {

    private final ServerRuntime runtime;

    CheckClientIsLocal(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        ClientId client = ProxyMessage.of(exchange).headers().client();
        if (!client.instance().equals(runtime.global().instance())) {
            throw new BusFault(FaultOrigin.CLIENT, ErrorCode.UNKNOWN_MEMBER, "client " + client
                    + " belongs to instance " + client.instance() + ", this federation is " + runtime.global().instance());
        }
        if (!runtime.global().isRegistered(client)) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.UNKNOWN_MEMBER,
                    "client " + client + " is not registered in the federation");
        }
        boolean local = runtime.global().securityServers().stream()
                .filter(s -> s.id().equals(runtime.conf().serverId()))
                .anyMatch((SecurityServerInfo s) -> s.serves(client));
        if (!local || runtime.memberKey(client.member()).isEmpty()) {
            throw new BusFault(FaultOrigin.CLIENT_PROXY, ErrorCode.CLIENT_NOT_LOCAL, "client " + client
                    + " is not served by this security server (" + runtime.conf().serverId() + ")");
        }
    }
}
