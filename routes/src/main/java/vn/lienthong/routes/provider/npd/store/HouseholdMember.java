package vn.lienthong.routes.provider.npd.store;

/** A member of a household (Law 26/2023 Art. 9.23): name, identification number, former card number, relationship to the head. */
public record HouseholdMember(String personalIdentificationNumber, String fullName, String formerIdCardNumber,
        String relationshipToHead) {

    @Override
    public String toString() {
        return "HouseholdMember[" + personalIdentificationNumber + "]";
    }
}
