package vn.lienthong.routes.provider.npd;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.wsdl.npd.GetCitizensRequest;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/** Checks a getCitizens request: 1 to {@value #MAX_BATCH} well-formed numbers and a stated purpose. */
final class ReadGetCitizens implements Processor {

    static final int MAX_BATCH = 100;

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        GetCitizensRequest request = exchange.getIn().getMandatoryBody(GetCitizensRequest.class);
        List<String> pins = request.getPersonalIdentificationNumber();
        if (pins.isEmpty() || pins.size() > MAX_BATCH) {
            throw NpdFaults.invalidRequest(RequestFaultCode.TOO_MANY_IDENTIFICATION_NUMBERS, QueryRules.PIN_FIELD,
                    "a batch asks for 1 to " + MAX_BATCH + " citizens; this one asks for " + pins.size() + ".");
        }
        pins.forEach(QueryRules::pin);
        QueryContext.of(exchange).purpose(QueryRules.purpose(request.getPurpose()));
        exchange.getIn().setBody(new CitizenQuery(pins, null));
    }
}
