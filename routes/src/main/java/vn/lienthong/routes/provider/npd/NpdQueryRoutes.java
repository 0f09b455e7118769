package vn.lienthong.routes.provider.npd;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.message.CxfConstants;

import vn.lienthong.wsdl.npd.GetCitizenRequest;

/**
 * The NPD query service's message path: one SOAP entry route that keeps the X-Road headers and
 * dispatches on the operation, one {@code direct:} route per operation, and the response written
 * with the headers echoed.
 */
final class NpdQueryRoutes extends RouteBuilder {

    static final String ENDPOINT_BEAN = "npdQueryEndpoint";

    private final CitizenRepository citizens;
    private final Duration responseDelay;

    NpdQueryRoutes(CitizenRepository citizens, Duration responseDelay) {
        this.citizens = citizens;
        this.responseDelay = responseDelay;
    }

    @Override
    public void configure() {
        from("cxf:bean:" + ENDPOINT_BEAN)
                .routeId("npd-query")
                .routeConfigurationId(NpdErrorPolicy.SOAP_ENTRY)
                .process(XRoadHeaderEcho::capture)
                // Simulated processing time of a slow provider; zero unless a test asks for it.
                .delay(responseDelay.toMillis()).asyncDelayed()
                .choice()
                    .when(header(CxfConstants.OPERATION_NAME).isEqualTo("getCitizen"))
                        .to("direct:npd-getCitizen")
                    .otherwise()
                        .process(NpdFaults::unknownOperation)
                .end()
                .process(NpdPayloads::writeResponse);

        from("direct:npd-getCitizen")
                .routeId("npd-getCitizen")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(GetCitizenRequest.class))
                .process(new ValidateGetCitizen())
                .process(new LookUpCitizen(citizens))
                .process(new AnswerGetCitizen());
    }
}
