package vn.lienthong.routes.provider.npd;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.cxf.common.message.CxfConstants;

import vn.lienthong.routes.provider.npd.mandate.Mandates;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.SubscriptionStore;
import vn.lienthong.wsdl.npd.GetChangesSinceRequest;
import vn.lienthong.wsdl.npd.GetCitizenAsOfRequest;
import vn.lienthong.wsdl.npd.GetCitizenRequest;
import vn.lienthong.wsdl.npd.GetCitizensRequest;
import vn.lienthong.wsdl.npd.SubscribeRequest;
import vn.lienthong.wsdl.npd.UnsubscribeRequest;
import vn.lienthong.wsdl.npd.VerifyCitizenRequest;

/**
 * The NPD query service's message path: one SOAP entry route that keeps the X-Road headers, names the
 * consumer and dispatches on the operation; one {@code direct:} route per operation reading as
 * read request → resolve mandate → look up → answer; the response written with the headers echoed and
 * the disclosure added.
 */
final class NpdQueryRoutes extends RouteBuilder {

    static final String ENDPOINT_BEAN = "npdQueryEndpoint";
    static final Set<String> OPERATIONS = Set.of("getCitizen", "getCitizens", "verifyCitizen", "getChangesSince",
            "getCitizenAsOf", "subscribe", "unsubscribe");
    /** The operations whose responses carry the npd:disclosure header. */
    static final Set<String> DISCLOSING = Set.of("getCitizen", "getCitizens", "verifyCitizen", "getChangesSince",
            "getCitizenAsOf");

    private final CitizenStore citizens;
    private final SubscriptionStore subscriptions;
    private final Mandates mandates;
    private final Clock clock;
    private final Duration responseDelay;

    NpdQueryRoutes(CitizenStore citizens, SubscriptionStore subscriptions, Mandates mandates, Clock clock,
            Duration responseDelay) {
        this.citizens = citizens;
        this.subscriptions = subscriptions;
        this.mandates = mandates;
        this.clock = clock;
        this.responseDelay = responseDelay;
    }

    @Override
    public void configure() {
        CitizenReader reader = new CitizenReader(citizens);

        from("cxf:bean:" + ENDPOINT_BEAN)
                .routeId("npd-query")
                .routeConfigurationId(NpdErrorPolicy.SOAP_ENTRY)
                .process(XRoadHeaderEcho::capture)
                .process(new IdentifyConsumer())
                // Simulated processing time of a slow provider; zero unless a test asks for it.
                .delay(responseDelay.toMillis()).asyncDelayed()
                .choice()
                    .when(header(CxfConstants.OPERATION_NAME).in(OPERATIONS.toArray()))
                        .toD("direct:npd-${header." + CxfConstants.OPERATION_NAME + "}")
                    .otherwise()
                        .process(NpdFaults::unknownOperation)
                .end()
                .process(NpdPayloads::writeResponse);

        from("direct:npd-getCitizen")
                .routeId("npd-getCitizen")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(GetCitizenRequest.class))
                .process(new ReadGetCitizen())
                .process(new CheckMandate(mandates))
                .process(new LookUpCitizens(reader))
                .process(AnswerGetCitizens.single());

        from("direct:npd-getCitizens")
                .routeId("npd-getCitizens")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(GetCitizensRequest.class))
                .process(new ReadGetCitizens())
                .process(new CheckMandate(mandates))
                .process(new LookUpCitizens(reader))
                .process(AnswerGetCitizens.batch());

        from("direct:npd-verifyCitizen")
                .routeId("npd-verifyCitizen")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(VerifyCitizenRequest.class))
                .process(new ReadVerifyCitizen())
                .process(new CheckMandate(mandates))
                .process(new AnswerVerifyCitizen(reader));

        from("direct:npd-getChangesSince")
                .routeId("npd-getChangesSince")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(GetChangesSinceRequest.class))
                .process(new ReadGetChangesSince())
                .process(new CheckMandate(mandates))
                .process(new AnswerGetChangesSince(citizens));

        from("direct:npd-getCitizenAsOf")
                .routeId("npd-getCitizenAsOf")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(GetCitizenAsOfRequest.class))
                .process(new ReadGetCitizenAsOf())
                .process(new CheckMandate(mandates))
                .process(new LookUpCitizens(reader))
                .process(new AnswerGetCitizenAsOf());

        from("direct:npd-subscribe")
                .routeId("npd-subscribe")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(SubscribeRequest.class))
                .process(new ReadSubscribe())
                .process(new CheckMandate(mandates))
                .process(new AnswerSubscribe(subscriptions, clock));

        from("direct:npd-unsubscribe")
                .routeId("npd-unsubscribe")
                .routeConfigurationId(NpdErrorPolicy.OPERATION)
                .process(NpdPayloads.readBody(UnsubscribeRequest.class))
                .process(new AnswerUnsubscribe(subscriptions));
    }
}
