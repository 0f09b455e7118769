package vn.lienthong.routes.metadata;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.routes.error.BusFault;
import vn.lienthong.routes.error.ErrorCode;
import vn.lienthong.routes.error.FaultOrigin;
import vn.lienthong.routes.runtime.ServerRuntime;

/**
 * {@code GET /wsdl?client=VN/GOV/VPCP/PORTAL&xRoadInstance=VN&memberClass=GOV&memberCode=MPS&subsystemCode=NPD
 * &serviceCode=getCitizen&version=v1}: turns the query into the getWsdl SOAP request that the named local
 * client would send, so it travels the ordinary client proxy path (signed, access-checked, logged).
 */
final class WsdlRequestFromQuery implements Processor {

    private final ServerRuntime runtime;

    WsdlRequestFromQuery(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void process(Exchange exchange) {
        Map<String, String> q = QueryParameters.parse(exchange.getIn().getHeader(Exchange.HTTP_QUERY, String.class));
        ClientId client;
        ServiceId service;
        try {
            client = ClientId.parse(required(q, "client"));
            ClientId provider = new ClientId(q.getOrDefault("xRoadInstance", runtime.global().instance()),
                    required(q, "memberClass"), required(q, "memberCode"), q.get("subsystemCode"));
            service = new ServiceId(provider, required(q, "serviceCode"), q.get("version"));
        } catch (IllegalArgumentException e) {
            throw new BusFault(FaultOrigin.CLIENT, ErrorCode.INVALID_REQUEST, "GET /wsdl: " + e.getMessage()
                    + " (parameters: client, xRoadInstance, memberClass, memberCode, subsystemCode, serviceCode, version)");
        }
        String request = MetadataRequests.getWsdl(client, service);
        exchange.getIn().removeHeaders("Camel*");
        exchange.getIn().setHeader(Exchange.HTTP_METHOD, "POST");
        exchange.getIn().setBody(request.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("the query parameter " + name + " is missing");
        }
        return v;
    }
}
