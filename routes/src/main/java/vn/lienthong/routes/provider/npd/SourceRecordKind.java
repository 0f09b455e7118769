package vn.lienthong.routes.provider.npd;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;

/** Which record an applyUpdate carries, by its element name: {@code changes}, {@code birthRegistration}, ... */
final class SourceRecordKind {

    private static final Map<String, Function<ApplyUpdateRequest, Object>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("changes", ApplyUpdateRequest::getChanges);
        KINDS.put("birthRegistration", ApplyUpdateRequest::getBirthRegistration);
        KINDS.put("deathRegistration", ApplyUpdateRequest::getDeathRegistration);
        KINDS.put("marriageRegistration", ApplyUpdateRequest::getMarriageRegistration);
        KINDS.put("divorceRecord", ApplyUpdateRequest::getDivorceRecord);
        KINDS.put("nameChange", ApplyUpdateRequest::getNameChange);
        KINDS.put("residenceRegistration", ApplyUpdateRequest::getResidenceRegistration);
        KINDS.put("temporaryAbsenceDeclaration", ApplyUpdateRequest::getTemporaryAbsenceDeclaration);
        KINDS.put("cardIssuance", ApplyUpdateRequest::getCardIssuance);
        KINDS.put("cardExpiry", ApplyUpdateRequest::getCardExpiry);
        KINDS.put("healthInsuranceEnrolment", ApplyUpdateRequest::getHealthInsuranceEnrolment);
    }

    private SourceRecordKind() {
    }

    /** The element name of the one record present; null when none or several are. */
    static String of(ApplyUpdateRequest request) {
        String found = null;
        for (Map.Entry<String, Function<ApplyUpdateRequest, Object>> kind : KINDS.entrySet()) {
            if (kind.getValue().apply(request) != null) {
                if (found != null) {
                    return null;
                }
                found = kind.getKey();
            }
        }
        return found;
    }
}
