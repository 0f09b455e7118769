package vn.lienthong.routes.provider.npd;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.wsdl.npd.GetCitizenAsOfRequest;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/** Checks a getCitizenAsOf request: a number, a day, a purpose; the record is read as at the end of that day. */
final class ReadGetCitizenAsOf implements Processor {

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        GetCitizenAsOfRequest request = exchange.getIn().getMandatoryBody(GetCitizenAsOfRequest.class);
        String pin = QueryRules.pin(request.getPersonalIdentificationNumber());
        if (request.getAsOf() == null) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_TIME, "asOf", "asOf is missing: give an xs:date.");
        }
        QueryContext.of(exchange).purpose(QueryRules.purpose(request.getPurpose()));
        exchange.getIn().setBody(new CitizenQuery(List.of(pin), VietnamTime.endOf(request.getAsOf())));
    }
}
