package vn.lienthong.routes.provider.feeder.civilstatus;

import java.time.LocalDate;

/**
 * A birth registration as the civil status register holds it (giấy khai sinh): where and when it was
 * registered, the child, the parents. {@code sex} is the register's NAM / NU. Parents' numbers may be absent.
 */
public record BirthCertificate(String registrationNumber, LocalDate registeredOn, String provinceCode, String districtCode,
        String communeCode, String registrationOffice, String childName, LocalDate dateOfBirth, String sex,
        String placeOfBirth, String ethnicityCode, String nationality, String fatherName, String fatherPin,
        String motherName, String motherPin) {

    @Override
    public String toString() {
        return "BirthCertificate[" + registrationNumber + "]";
    }
}
