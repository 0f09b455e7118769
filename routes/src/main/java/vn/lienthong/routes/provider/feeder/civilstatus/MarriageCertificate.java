package vn.lienthong.routes.provider.feeder.civilstatus;

import java.time.LocalDate;

/** A marriage registration (giấy chứng nhận kết hôn), from the side of one spouse. */
public record MarriageCertificate(String registrationNumber, LocalDate registeredOn, String pin, String spouseName,
        String spousePin, String spouseNationality) {

    @Override
    public String toString() {
        return "MarriageCertificate[" + registrationNumber + "]";
    }
}
