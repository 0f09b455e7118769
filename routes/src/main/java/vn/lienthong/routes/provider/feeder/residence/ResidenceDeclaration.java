package vn.lienthong.routes.provider.feeder.residence;

import java.time.LocalDate;

/**
 * A residence registration as the residence database holds it (Law on Residence 2020): permanent or
 * temporary, the address as province / district / commune codes and detail, and for a permanent one the
 * residence file and the household joined.
 */
public record ResidenceDeclaration(String registrationId, String pin, boolean permanent, LocalDate registeredOn,
        String provinceCode, String districtCode, String communeCode, String addressDetail, String residenceFileNumber,
        String householdId, String relationshipToHead) {

    @Override
    public String toString() {
        return "ResidenceDeclaration[" + registrationId + "]";
    }
}
