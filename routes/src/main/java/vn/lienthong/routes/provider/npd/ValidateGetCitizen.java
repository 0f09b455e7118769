package vn.lienthong.routes.provider.npd;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Processor;

import vn.lienthong.wsdl.npd.GetCitizenRequest;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/**
 * Checks a getCitizen request before the database is touched: a 12-digit identification number and
 * a stated purpose (Decree 137/2015 Art. 11: data is used only within the caller's functions).
 * A bad request becomes a {@code soap:Client} fault naming the field.
 */
final class ValidateGetCitizen implements Processor {

    static final String PIN_FIELD = "personalIdentificationNumber";
    static final String PURPOSE_FIELD = "purpose";

    @Override
    public void process(Exchange exchange) throws InvalidPayloadException {
        GetCitizenRequest request = exchange.getIn().getMandatoryBody(GetCitizenRequest.class);
        String pin = request.getPersonalIdentificationNumber();
        if (pin == null || pin.isEmpty()) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_PERSONAL_IDENTIFICATION_NUMBER, PIN_FIELD,
                    "personalIdentificationNumber is missing: give the citizen's 12-digit personal identification number.");
        }
        if (!PersonalIdentificationNumber.isWellFormed(pin)) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_PERSONAL_IDENTIFICATION_NUMBER, PIN_FIELD,
                    "personalIdentificationNumber must be exactly 12 digits (PPP G YY NNNNNN); the value given has "
                            + pin.length() + " characters" + (pin.chars().allMatch(Character::isDigit) ? "." : ", not all digits."));
        }
        String purpose = request.getPurpose();
        if (purpose == null || purpose.isBlank()) {
            throw NpdFaults.invalidRequest(RequestFaultCode.MISSING_PURPOSE, PURPOSE_FIELD,
                    "purpose is missing: state why the data is needed (Decree 137/2015 Art. 11).");
        }
        exchange.getIn().setBody(new GetCitizenQuery(new PersonalIdentificationNumber(pin), purpose.strip()));
    }
}
