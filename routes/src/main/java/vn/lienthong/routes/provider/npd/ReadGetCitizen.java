package vn.lienthong.routes.provider.npd;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.wsdl.npd.GetCitizenRequest;

/** Checks a getCitizen request (a 12-digit number, a stated purpose) before the database is touched. */
final class ReadGetCitizen implements Processor {

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        GetCitizenRequest request = exchange.getIn().getMandatoryBody(GetCitizenRequest.class);
        String pin = QueryRules.pin(request.getPersonalIdentificationNumber());
        QueryContext.of(exchange).purpose(QueryRules.purpose(request.getPurpose()));
        exchange.getIn().setBody(new CitizenQuery(List.of(pin), null));
    }
}
