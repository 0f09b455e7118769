package vn.lienthong.routes.metadata;

import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import vn.lienthong.routes.fault.FaultHandlingConfiguration;
import vn.lienthong.messagelog.evidence.EvidenceService;
import vn.lienthong.routes.runtime.RouteEndpoints;
import vn.lienthong.routes.runtime.ServerRuntime;
import vn.lienthong.routes.soap.ProxyMessage;

/**
 * X-Road's metadata services: listClients, wsdl and asic (evidence) over HTTP GET on the client proxy; listMethods, allowedMethods
 * and getWsdl answered by the provider's server proxy, one route per service.
 */
public final class MetadataRoutes extends RouteBuilder {

    private final ServerRuntime runtime;
    private final EvidenceService evidence;

    public MetadataRoutes(ServerRuntime runtime, EvidenceService evidence) {
        this.runtime = runtime;
        this.evidence = evidence;
    }

    private static Predicate serviceCode(String code) {
        return exchange -> code.equals(ProxyMessage.of(exchange).headers().service().serviceCode());
    }

    @Override
    public void configure() {
        from(RouteEndpoints.METADATA_HTTP_GET).routeId("metadata-http-get")
                .routeConfigurationId(FaultHandlingConfiguration.CLIENT_PROXY)
                .choice()
                    .when(header("CamelHttpPath").regex("/?listClients/?"))
                        .process(new ListClients(runtime)).id("list-clients")
                    .when(header("CamelHttpPath").regex("/?asic/?"))
                        .process(new AsicEvidence(evidence, runtime.conf().evidenceAllowedAddresses())).id("asic-evidence")
                    .when(header("CamelHttpPath").regex("/?wsdl/?"))
                        .process(new WsdlRequestFromQuery(runtime)).id("wsdl-request-from-query")
                        .to(RouteEndpoints.CLIENT_PROXY)
                        .process(new WsdlFromResponse()).id("wsdl-from-response")
                    .otherwise()
                        .setHeader("CamelHttpResponseCode", constant(404))
                        .setHeader("Content-Type", constant("text/plain; charset=UTF-8"))
                        .setBody(constant("Not found. The client proxy takes SOAP requests by POST, GET /listClients and GET /wsdl?client=...&xRoadInstance=...\n"))
                .end();

        from(RouteEndpoints.METADATA_SERVICE).routeId("metadata-service")
                .routeConfigurationId(FaultHandlingConfiguration.SERVER_PROXY)
                .choice()
                    .when(serviceCode(MetadataServiceCodes.LIST_METHODS))
                        .process(MethodLists.listMethods(runtime)).id("list-methods")
                    .when(serviceCode(MetadataServiceCodes.ALLOWED_METHODS))
                        .process(MethodLists.allowedMethods(runtime)).id("allowed-methods")
                    .otherwise()
                        .process(new GetWsdl(runtime)).id("get-wsdl")
                .end();
    }
}
