package vn.lienthong.routes.provider.npd.update.transform;

import java.util.List;

import vn.lienthong.routes.provider.npd.update.FieldChange;
import vn.lienthong.wsdl.npd.update.ApplyUpdateRequest;
import vn.lienthong.wsdl.npd.update.BirthRegistration;
import vn.lienthong.wsdl.npd.update.Person;
import vn.lienthong.wsdl.npd.update.Sex;

/**
 * A birth registration of the electronic civil status database: the child's whole first record, the
 * parents as relatives, and the province of registration the NPD starts the new number with.
 */
public final class TransformBirthRegistration extends SourceRecordTransformer {

    @Override
    protected void changes(ApplyUpdateRequest request, List<FieldChange> changes) {
        BirthRegistration birth = request.getBirthRegistration();
        set(changes, "fullName", birth.getChildName());
        set(changes, "dateOfBirth", birth.getDateOfBirth());
        set(changes, "gender", birth.getSex() == Sex.NU ? "2" : "1");
        set(changes, "placeOfBirth", birth.getPlaceOfBirth());
        set(changes, "hometown", birth.getHometown());
        set(changes, "ethnicityCode", birth.getEthnicityCode());
        set(changes, "nationality", birth.getNationality());
        set(changes, "maritalStatus", "SINGLE");
        place(changes, "birthRegistrationPlace", birth.getRegistrationPlace());
        parent(changes, "father", birth.getFather());
        parent(changes, "mother", birth.getMother());
    }

    @Override
    protected String registrationProvince(ApplyUpdateRequest request) {
        return request.getBirthRegistration().getRegistrationPlace().getProvinceCode();
    }

    private static void parent(List<FieldChange> changes, String relation, Person parent) {
        if (parent != null) {
            set(changes, relation + ".fullName", parent.getFullName());
            set(changes, relation + ".personalIdentificationNumber", parent.getPersonalIdentificationNumber());
            set(changes, relation + ".nationality", parent.getNationality());
        }
    }
}
