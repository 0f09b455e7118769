package vn.lienthong.routes.provider.feeder.insurance;

import java.time.LocalDate;

/** A person's health insurance: the number (the 10-digit social insurance code or the 15-character card number) and since when. */
public record Enrolment(String insuranceNumber, String pin, LocalDate validFrom) {
}
