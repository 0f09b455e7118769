package vn.lienthong.routes.provider.npd;

import java.time.LocalDate;
import java.util.Optional;

import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.MaritalStatus;

/**
 * One row of the NPD's citizen table (Law 26/2023 Art. 9 fields the query service serves).
 * {@code disclosureRestricted} marks a record that exists but is given to no caller (outcome NOT_PERMITTED).
 */
public record CitizenRecord(
        PersonalIdentificationNumber personalIdentificationNumber,
        String fullName,
        String otherNames,
        LocalDate dateOfBirth,
        GenderCode gender,
        String placeOfBirth,
        String hometown,
        String ethnicityCode,
        String religion,
        String nationality,
        ResidenceAddress permanentResidence,
        ResidenceAddress currentResidence,
        MaritalStatus maritalStatus,
        LocalDate dateOfDeath,
        boolean disclosureRestricted) {

    public CitizenRecord {
        if (personalIdentificationNumber == null || fullName == null || dateOfBirth == null || gender == null
                || ethnicityCode == null || nationality == null) {
            throw new IllegalArgumentException(
                    "a citizen record needs its identification number, name, date of birth, gender, ethnicity and nationality");
        }
    }

    public Optional<LocalDate> deathDate() {
        return Optional.ofNullable(dateOfDeath);
    }

    /** Personal data stays out of logs: only the identification number is shown. */
    @Override
    public String toString() {
        return "CitizenRecord[" + personalIdentificationNumber + "]";
    }
}
