package vn.lienthong.routes.provider.npd;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;
import org.w3c.dom.Element;

import vn.lienthong.wsdl.Contracts;

/**
 * Writes getCitizen and getCitizens responses: per number an explicit outcome (Circular 13/2017 Art. 8)
 * and, when FOUND, the record cut to the mandate's fields; the fields written go to the disclosure.
 */
final class AnswerGetCitizens implements Processor {

    private final boolean batch;

    private AnswerGetCitizens(boolean batch) {
        this.batch = batch;
    }

    static AnswerGetCitizens single() {
        return new AnswerGetCitizens(false);
    }

    static AnswerGetCitizens batch() {
        return new AnswerGetCitizens(true);
    }

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        List<Lookup> lookups = exchange.getIn().getMandatoryBody(LookUpCitizens.Lookups.class).all();
        QueryContext context = QueryContext.of(exchange);
        Element response = Dom.root(Contracts.NPD_QUERY_NAMESPACE, "npd", batch ? "getCitizensResponse" : "getCitizenResponse");
        for (Lookup lookup : lookups) {
            Element holder = response;
            if (batch) {
                holder = Dom.child(response, "result");
                Dom.text(holder, "personalIdentificationNumber", lookup.pin());
            }
            Dom.text(holder, "outcome", Outcomes.of(lookup));
            if (lookup instanceof Lookup.Found found) {
                context.disclosed(lookup.pin(), CitizenXml.append(holder, "citizen", found.citizen().record(),
                        context.mandate().orElseThrow().fields(), found.household()));
            }
        }
        exchange.getIn().setBody(response);
    }
}
