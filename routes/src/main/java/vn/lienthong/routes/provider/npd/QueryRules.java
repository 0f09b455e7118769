package vn.lienthong.routes.provider.npd;

import vn.lienthong.routes.provider.npd.record.PersonalIdentificationNumber;
import vn.lienthong.wsdl.npd.RequestFaultCode;

/**
 * Checks every query request shares, each failing with a {@code soap:Client} fault naming the field:
 * a 12-digit identification number, and a stated purpose (Decree 137/2015 Art. 11).
 */
final class QueryRules {

    static final String PIN_FIELD = "personalIdentificationNumber";
    static final String PURPOSE_FIELD = "purpose";

    private QueryRules() {
    }

    static String pin(String pin) {
        if (pin == null || pin.isEmpty()) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_PERSONAL_IDENTIFICATION_NUMBER, PIN_FIELD,
                    "personalIdentificationNumber is missing: give the citizen's 12-digit personal identification number.");
        }
        if (!PersonalIdentificationNumber.isWellFormed(pin)) {
            throw NpdFaults.invalidRequest(RequestFaultCode.INVALID_PERSONAL_IDENTIFICATION_NUMBER, PIN_FIELD,
                    "personalIdentificationNumber must be exactly 12 digits (PPP G YY NNNNNN); the value given has "
                            + pin.length() + " characters" + (pin.chars().allMatch(Character::isDigit) ? "." : ", not all digits."));
        }
        return pin;
    }

    static String purpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw NpdFaults.invalidRequest(RequestFaultCode.MISSING_PURPOSE, PURPOSE_FIELD,
                    "purpose is missing: state why the data is needed (Decree 137/2015 Art. 11).");
        }
        return purpose.strip();
    }
}
