package vn.lienthong.routes.provider.feeder.civilstatus;

import java.time.LocalDate;

/** A death registration (trích lục khai tử). */
public record DeathCertificate(String registrationNumber, LocalDate registeredOn, String pin, LocalDate dateOfDeath,
        String placeOfDeath) {
}
