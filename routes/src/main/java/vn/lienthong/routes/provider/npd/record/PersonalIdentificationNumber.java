package vn.lienthong.routes.provider.npd.record;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.lienthong.wsdl.npd.GenderCode;

/**
 * A personal identification number, {@code PPP G YY NNNNNN}: PPP the province (or country) code of the
 * place of birth registration, G century and gender (even male, odd female; 0/1 = 1900-1999,
 * 2/3 = 2000-2099, ...), YY the last two digits of the birth year, NNNNNN random. No check digit.
 */
public record PersonalIdentificationNumber(String value) {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    public PersonalIdentificationNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a personal identification number is exactly 12 digits");
        }
    }

    public static boolean isWellFormed(String text) {
        return text != null && TWELVE_DIGITS.matcher(text).matches();
    }

    /** PPP: the legacy province (or country) code of the place of birth registration. */
    public String registrationCode() {
        return value.substring(0, 3);
    }

    public GenderCode gender() {
        return centuryGenderDigit() % 2 == 0 ? GenderCode.MALE : GenderCode.FEMALE;
    }

    public int birthYear() {
        return 1900 + centuryGenderDigit() / 2 * 100 + Integer.parseInt(value.substring(4, 6));
    }

    /** Whether G and YY agree with a recorded gender and date of birth. */
    public boolean agreesWith(GenderCode recordedGender, LocalDate dateOfBirth) {
        return gender() == recordedGender && birthYear() == dateOfBirth.getYear();
    }

    private int centuryGenderDigit() {
        return value.charAt(3) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
