package vn.lienthong.benchmarks.scale.npd;

import java.time.LocalDate;

/** A citizen the driver asks about, with what a verifyCitizen request claims: name and date of birth. */
record SampledCitizen(String pin, String fullName, LocalDate dateOfBirth) {
}
