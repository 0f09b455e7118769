package vn.lienthong.routes.clientproxy;

import org.apache.camel.builder.RouteBuilder;
import vn.lienthong.messagelog.Side;
import vn.lienthong.routes.fault.FaultHandlingConfiguration;
import vn.lienthong.routes.logging.LogExchange;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.RequireFreshGlobalConf;
import vn.lienthong.routes.runtime.RouteEndpoints;
import vn.lienthong.routes.runtime.ServerRuntime;

/**
 * The client proxy: where the agency's own information systems send plain SOAP (HTTP, or HTTPS with a
 * registered client certificate when {@code lienthong.client-proxy.https-port} is set). The route is the message
 * path: read and check the request, find the provider's security server, sign and encrypt, send over mutual
 * TLS, verify and decrypt the answer, return it; both the request and the answer go to the message log. A message
 * computes only while it holds a CPU permit, and gives it back while it waits on the network or the log.
 */
public final class ClientProxyRoutes extends RouteBuilder {

    private final ServerRuntime runtime;

    public ClientProxyRoutes(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void configure() {
        from("netty-http:http://{{lienthong.bind.host}}:{{lienthong.client-proxy.port}}/"
                + "?matchOnUriPrefix=true&chunkedMaxContentLength={{lienthong.http.max-content-length}}")
                .routeId("client-proxy-http")
                .routeConfigurationId(FaultHandlingConfiguration.CLIENT_PROXY)
                .choice()
                    .when(header("CamelHttpMethod").isEqualTo("GET")).to(RouteEndpoints.METADATA_HTTP_GET)
                    .otherwise().to(RouteEndpoints.CLIENT_PROXY)
                .end();

        if (runtime.conf().clientProxyHttpsPort() > 0) {
            from("netty-http:https://{{lienthong.bind.host}}:{{lienthong.client-proxy.https-port}}/"
                    + "?ssl=true&needClientAuth=true&sslContextParameters=#clientProxyTls"
                    + "&matchOnUriPrefix=true&chunkedMaxContentLength={{lienthong.http.max-content-length}}")
                    .routeId("client-proxy-https")
                    .routeConfigurationId(FaultHandlingConfiguration.CLIENT_PROXY)
                    .choice()
                        .when(header("CamelHttpMethod").isEqualTo("GET")).to(RouteEndpoints.METADATA_HTTP_GET)
                        .otherwise().to(RouteEndpoints.CLIENT_PROXY)
                    .end();
        }

        from(RouteEndpoints.CLIENT_PROXY).routeId("client-proxy")
                .routeConfigurationId(FaultHandlingConfiguration.CLIENT_PROXY)
                .process(runtime.cpuPermits()::take).id("client-proxy-take-cpu-permit")
                .process(new RequireFreshGlobalConf(runtime, FaultOrigin.CLIENT_PROXY)).id("client-proxy-require-fresh-globalconf")
                .process(new ReadClientRequest(runtime)).id("read-client-request")
                .process(new CheckClientIsLocal(runtime)).id("check-client-is-local")
                .process(new ResolveProviderServer(runtime)).id("resolve-provider-server")
                .process(new ProtectRequest(runtime)).id("sign-and-encrypt-request")
                .process(LogExchange.request(runtime, Side.CLIENT_PROXY)).id("client-proxy-log-request")
                .process(new SendToServerProxy(runtime)).id("send-to-server-proxy")
                .process(new OpenResponse(runtime)).id("verify-and-decrypt-response")
                .process(LogExchange.response(runtime, Side.CLIENT_PROXY)).id("client-proxy-log-response");
    }
}
