package vn.lienthong.routes.fault;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteConfigurationBuilder;
import vn.lienthong.routes.error.FaultOrigin;

/** The error policy of the proxy routes, which they opt into by id: every failure becomes a SOAP fault. */
public final class FaultHandlingConfiguration extends RouteConfigurationBuilder {

    public static final String CLIENT_PROXY = "client-proxy-faults";
    public static final String SERVER_PROXY = "server-proxy-faults";

    private final Processor clientProxyFaultLog;
    private final Processor serverProxyFaultLog;

    /** @param clientProxyFaultLog and {@code serverProxyFaultLog} record a fault once it has been answered */
    public FaultHandlingConfiguration(Processor clientProxyFaultLog, Processor serverProxyFaultLog) {
        this.clientProxyFaultLog = clientProxyFaultLog;
        this.serverProxyFaultLog = serverProxyFaultLog;
    }

    @Override
    public void configuration() {
        routeConfiguration(CLIENT_PROXY)
                .onException(Throwable.class).handled(true)
                .process(new FaultResponder(FaultOrigin.CLIENT_PROXY)).id("client-proxy-fault")
                .process(clientProxyFaultLog).id("client-proxy-fault-log");
        routeConfiguration(SERVER_PROXY)
                .onException(Throwable.class).handled(true)
                .process(new FaultResponder(FaultOrigin.SERVER_PROXY)).id("server-proxy-fault")
                .process(serverProxyFaultLog).id("server-proxy-fault-log");
    }
}
