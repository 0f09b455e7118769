package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.Person;

/** A marriage registration: marital status MARRIED and the spouse as a relative. */
public final class TransformMarriageRegistration extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        Person spouse = request.getMarriageRegistration().getSpouse();
        set(changes, "maritalStatus", "MARRIED");
        set(changes, "spouse.fullName", spouse.getFullName());
        set(changes, "spouse.personalIdentificationNumber", spouse.getPersonalIdentificationNumber());
        set(changes, "spouse.nationality", spouse.getNationality());
    }
}
