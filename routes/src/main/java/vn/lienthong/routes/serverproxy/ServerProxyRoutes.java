package vn.lienthong.routes.serverproxy;

import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import vn.lienthong.messagelog.Side;
import vn.lienthong.routes.fault.FaultHandlingConfiguration;
import vn.lienthong.routes.logging.LogExchange;
import vn.lienthong.routes.metadata.MetadataServiceCodes;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.RequireFreshGlobalConf;
import vn.lienthong.routes.runtime.RouteEndpoints;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;

/**
 * The server proxy: where other security servers deliver requests over mutual TLS. The route is the
 * message path: authenticate the peer server, read, decrypt and verify, check the signer, the service and
 * the access rights, call the provider information system (or answer a metadata service), then sign and
 * encrypt the answer back to the consumer. The verified request and the answer go to the message log. A message
 * computes only while it holds a CPU permit, and gives it back while it waits on the provider or the log.
 */
public final class ServerProxyRoutes extends RouteBuilder {

    private final ServerRuntime runtime;

    public ServerProxyRoutes(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void configure() {
        from("netty-http:https://{{lienthong.bind.host}}:{{lienthong.server-proxy.port}}/"
                + "?ssl=true&needClientAuth=true&sslContextParameters=#serverProxyTls"
                + "&matchOnUriPrefix=true&chunkedMaxContentLength={{lienthong.http.max-content-length}}")
                .routeId("server-proxy")
                .routeConfigurationId(FaultHandlingConfiguration.SERVER_PROXY)
                .process(runtime.cpuPermits()::take).id("server-proxy-take-cpu-permit")
                .process(new RequireFreshGlobalConf(runtime, FaultOrigin.SERVER_PROXY)).id("server-proxy-require-fresh-globalconf")
                .process(new AuthenticatePeerServer(runtime)).id("authenticate-peer-server")
                .process(new ReadPeerRequest(runtime)).id("read-peer-request")
                .process(new CheckServiceIsLocal(runtime)).id("check-service-is-local")
                .process(new VerifyRequest(runtime)).id("decrypt-and-verify-request")
                .process(LogExchange.request(runtime, Side.SERVER_PROXY)).id("server-proxy-log-request")
                .process(new CheckSigner()).id("check-signer-is-client")
                .process(new CheckAccessRights(runtime)).id("check-access-rights")
                .choice()
                    .when(isMetadataService()).to(RouteEndpoints.METADATA_SERVICE)
                    .otherwise().process(new ForwardToProviderSystem(runtime)).id("forward-to-provider-system")
                .end()
                .process(new PrepareResponse()).id("prepare-response")
                .process(new ProtectResponse(runtime)).id("sign-and-encrypt-response")
                .process(LogExchange.response(runtime, Side.SERVER_PROXY)).id("server-proxy-log-response");
    }

    private static Predicate isMetadataService() {
        return exchange -> MetadataServiceCodes.isMetadata(ProxyMessage.of(exchange).headers().service().serviceCode());
    }
}
