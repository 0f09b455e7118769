package vn.lienthong.routes.provider.npd;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.Contracts;

/** Writes the getCitizenAsOf response: the outcome, and when FOUND the version's time and the record cut to the mandate. */
final class AnswerGetCitizenAsOf implements Processor {

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        Lookup lookup = exchange.getIn().getMandatoryBody(LookUpCitizens.Lookups.class).all().get(0);
        QueryContext context = QueryContext.of(exchange);
        Element response = Dom.root(Contracts.NPD_QUERY_NAMESPACE, "npd", "getCitizenAsOfResponse");
        Dom.text(response, "outcome", Outcomes.of(lookup));
        if (lookup instanceof Lookup.Found found) {
            Dom.text(response, "versionRecordedAt", found.citizen().recordedAt().toString());
            context.disclosed(lookup.pin(), CitizenXml.append(response, "citizen", found.citizen().record(),
                    context.mandate().orElseThrow().fields(), found.household()));
        }
        exchange.getIn().setBody(response);
    }
}
