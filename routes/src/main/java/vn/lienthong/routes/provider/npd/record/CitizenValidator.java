package vn.lienthong.routes.provider.npd.record;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import vn.lienthong.wsdl.npd.GenderCode;

/**
 * The rules a citizen record must keep before the NPD stores it: a 12-digit identification number whose
 * province code is a legacy one and whose century/gender digit agrees with the gender and the year of
 * birth; dates that make sense (none in the future, no death before birth, a card that expires after it
 * was issued); codes that exist in the code tables; complete addresses. {@link #checkChange} adds the
 * rules of a change: no marriage of a dead citizen or below the legal age, no move after death.
 */
public final class CitizenValidator {

    private static final Pattern DISTRICT = Pattern.compile("[0-9]{3}");
    private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");
    private static final Pattern HEALTH_INSURANCE = Pattern.compile("[A-Z]{2}[0-9]{13}|[0-9]{10}");
    private static final Pattern MOBILE = Pattern.compile("(0|\\+84)[0-9]{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HOUSEHOLD = Pattern.compile("[A-Z0-9-]{1,20}");
    private static final Set<CitizenField> REQUIRED = Set.of(CitizenField.FULL_NAME, CitizenField.DATE_OF_BIRTH,
            CitizenField.GENDER, CitizenField.ETHNICITY_CODE, CitizenField.NATIONALITY);
    private static final Set<String> RESIDENCE_GROUPS = Set.of("permanentResidence", "temporaryResidence", "currentResidence");

    private final ReferenceData tables;
    private final Clock clock;

    public CitizenValidator(ReferenceData tables, Clock clock) {
        this.tables = Objects.requireNonNull(tables);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Every violation of the record rules; empty when the record may be stored. */
    public List<Violation> check(CitizenRecord record) {
        List<Violation> found = new ArrayList<>();
        for (CitizenField field : REQUIRED) {
            if (!record.has(field)) {
                found.add(new Violation(ViolationCode.FIELD_REQUIRED, field.path(), field.path() + " is required"));
            }
        }
        for (CitizenField field : CitizenField.values()) {
            if (field.kind() == CitizenField.Kind.DATE && record.has(field)) {
                checkDate(record, field, found);
            }
        }
        checkCodes(record, found);
        for (AddressKind kind : AddressKind.values()) {
            checkAddress(record, kind, found);
        }
        checkRelatives(record, found);
        if (found.stream().noneMatch(v -> v.code() == ViolationCode.DATE_MALFORMED)) {
            checkPin(record, found);
            checkDateOrder(record, found);
        }
        return found;
    }

    /** The record rules and the rules of changing {@code before} into {@code after}. */
    public List<Violation> checkChange(CitizenRecord before, CitizenRecord after) {
        List<Violation> found = check(after);
        if (!found.isEmpty() || before == null) {
            return found;
        }
        Set<String> changed = after.changedPathsSince(before);
        boolean marriage = after.maritalStatus() == vn.lienthong.wsdl.npd.MaritalStatus.MARRIED
                && (before.maritalStatus() != vn.lienthong.wsdl.npd.MaritalStatus.MARRIED || changed.contains("relatives"));
        boolean dead = before.dateOfDeath().isPresent() || before.has(CitizenField.DATE_OF_DISAPPEARANCE);
        if (marriage && dead) {
            found.add(new Violation(ViolationCode.MARRIAGE_OF_DECEASED, CitizenField.MARITAL_STATUS.path(),
                    "a marriage cannot be recorded for a citizen recorded as dead or missing"));
        }
        if (marriage && !dead) {
            int minimum = after.gender() == GenderCode.MALE ? 20 : 18;
            if (Period.between(after.dateOfBirth(), today()).getYears() < minimum) {
                found.add(new Violation(ViolationCode.MARRIAGE_UNDER_AGE, CitizenField.MARITAL_STATUS.path(),
                        "the Law on Marriage and Family (Art. 8) sets the age of marriage at " + minimum));
            }
        }
        if (before.dateOfDeath().isPresent() && changed.stream()
                .anyMatch(path -> RESIDENCE_GROUPS.contains(CitizenField.byPath(path).map(CitizenField::group).orElse("")))) {
            found.add(new Violation(ViolationCode.CHANGE_AFTER_DEATH, "permanentResidence",
                    "a residence change cannot be recorded for a citizen recorded as dead"));
        }
        return found;
    }

    /** Throws with every violation when there is one. */
    public void require(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private void checkPin(CitizenRecord record, List<Violation> found) {
        PersonalIdentificationNumber pin = record.personalIdentificationNumber();
        if (!tables.legacyProvinces().containsKey(pin.registrationCode())) {
            found.add(new Violation(ViolationCode.PIN_PROVINCE_UNKNOWN, "personalIdentificationNumber",
                    "the first three digits " + pin.registrationCode() + " are no province code"));
        }
        GenderCode gender = record.gender();
        if (gender != null && pin.gender() != gender) {
            found.add(new Violation(ViolationCode.PIN_GENDER_MISMATCH, "personalIdentificationNumber",
                    "the fourth digit says " + (pin.gender() == GenderCode.MALE ? "male" : "female")
                            + " but the record says " + (gender == GenderCode.MALE ? "male" : "female")));
        }
        LocalDate born = record.dateOfBirth();
        if (born != null && pin.birthYear() != born.getYear()) {
            found.add(new Violation(ViolationCode.PIN_BIRTH_YEAR_MISMATCH, "personalIdentificationNumber",
                    "the number says born in " + pin.birthYear() + " but the record says " + born.getYear()));
        }
    }

    private void checkDate(CitizenRecord record, CitizenField field, List<Violation> found) {
        try {
            LocalDate date = LocalDate.parse(record.get(field));
            boolean mayBeFuture = field == CitizenField.ID_CARD_EXPIRY_DATE || field == CitizenField.ABSENCE_UNTIL;
            if (!mayBeFuture && date.isAfter(today())) {
                found.add(new Violation(ViolationCode.DATE_IN_FUTURE, field.path(), field.path() + " is in the future"));
            }
        } catch (DateTimeParseException e) {
            found.add(new Violation(ViolationCode.DATE_MALFORMED, field.path(), field.path() + " is not a date yyyy-mm-dd"));
        }
    }

    private void checkDateOrder(CitizenRecord record, List<Violation> found) {
        LocalDate born = record.dateOfBirth();
        if (born == null) {
            return;
        }
        before(born, record.date(CitizenField.DATE_OF_DEATH), ViolationCode.DEATH_BEFORE_BIRTH, CitizenField.DATE_OF_DEATH,
                "the date of death is before the date of birth", found);
        before(born, record.date(CitizenField.DATE_OF_DISAPPEARANCE), ViolationCode.DISAPPEARANCE_BEFORE_BIRTH,
                CitizenField.DATE_OF_DISAPPEARANCE, "the date of disappearance is before the date of birth", found);
        LocalDate issued = record.date(CitizenField.ID_CARD_ISSUE_DATE);
        before(born, issued, ViolationCode.CARD_ISSUED_BEFORE_BIRTH, CitizenField.ID_CARD_ISSUE_DATE,
                "the identity card was issued before the holder was born", found);
        LocalDate expires = record.date(CitizenField.ID_CARD_EXPIRY_DATE);
        if (issued != null && expires != null && !expires.isAfter(issued)) {
            found.add(new Violation(ViolationCode.CARD_EXPIRES_BEFORE_ISSUE, CitizenField.ID_CARD_EXPIRY_DATE.path(),
                    "the identity card expires before it was issued"));
        }
        before(record.date(CitizenField.ABSENCE_FROM), record.date(CitizenField.ABSENCE_UNTIL),
                ViolationCode.ABSENCE_ENDS_BEFORE_START, CitizenField.ABSENCE_UNTIL,
                "the temporary absence ends before it starts", found);
    }

    private static void before(LocalDate earliest, LocalDate date, ViolationCode code, CitizenField field, String message,
            List<Violation> found) {
        if (earliest != null && date != null && date.isBefore(earliest)) {
            found.add(new Violation(code, field.path(), message));
        }
    }

    private void checkCodes(CitizenRecord record, List<Violation> found) {
        member(record, CitizenField.GENDER, ReferenceData.GENDERS, found);
        member(record, CitizenField.ETHNICITY_CODE, tables.ethnicGroups().keySet(), found);
        member(record, CitizenField.MARITAL_STATUS, ReferenceData.MARITAL_STATUSES, found);
        member(record, CitizenField.BLOOD_GROUP, ReferenceData.BLOOD_GROUPS, found);
        member(record, CitizenField.ID_CARD_KIND, ReferenceData.IDENTITY_CARD_KINDS, found);
        member(record, CitizenField.RELATIONSHIP_TO_HEAD, ReferenceData.HOUSEHOLD_RELATIONSHIPS, found);
        shape(record, CitizenField.NATIONALITY, COUNTRY, found);
        shape(record, CitizenField.FORMER_ID_CARD_NUMBER, NINE_DIGITS, found);
        shape(record, CitizenField.HEALTH_INSURANCE_NUMBER, HEALTH_INSURANCE, found);
        shape(record, CitizenField.MOBILE_PHONE, MOBILE, found);
        shape(record, CitizenField.EMAIL, EMAIL, found);
        shape(record, CitizenField.HOUSEHOLD_ID, HOUSEHOLD, found);
        shape(record, CitizenField.RESIDENCE_FILE_NUMBER, HOUSEHOLD, found);
        String card = record.get(CitizenField.ID_CARD_NUMBER);
        if (card != null) {
            Pattern expected = "CMND9".equals(record.get(CitizenField.ID_CARD_KIND)) ? NINE_DIGITS : TWELVE_DIGITS;
            shape(record, CitizenField.ID_CARD_NUMBER, expected, found);
            if (!record.has(CitizenField.ID_CARD_KIND)) {
                found.add(new Violation(ViolationCode.FIELD_REQUIRED, CitizenField.ID_CARD_KIND.path(),
                        "an identity card number needs the kind of card"));
            }
        }
        if (record.has(CitizenField.RELATIONSHIP_TO_HEAD) != record.has(CitizenField.HOUSEHOLD_ID)) {
            found.add(new Violation(ViolationCode.FIELD_REQUIRED, CitizenField.HOUSEHOLD_ID.path(),
                    "a household membership needs both the household and the relationship to its head"));
        }
    }

    private void checkAddress(CitizenRecord record, AddressKind kind, List<Violation> found) {
        boolean any = record.has(kind.province()) || record.has(kind.district()) || record.has(kind.commune())
                || record.has(kind.detail());
        if (!any) {
            return;
        }
        if (!record.has(kind.province()) || !record.has(kind.commune())) {
            found.add(new Violation(ViolationCode.ADDRESS_INCOMPLETE, kind.group(),
                    kind.group() + " needs its province and commune codes"));
        }
        member(record, kind.province(), tables.addressProvinces().keySet(), found);
        shape(record, kind.district(), DISTRICT, found);
        shape(record, kind.commune(), COMMUNE, found);
    }

    private void checkRelatives(CitizenRecord record, List<Violation> found) {
        for (Relative relative : record.relatives()) {
            String where = "relatives." + relative.relation().pathName();
            if (relative.personalIdentificationNumber() != null
                    && !PersonalIdentificationNumber.isWellFormed(relative.personalIdentificationNumber())) {
                found.add(new Violation(ViolationCode.PIN_MALFORMED, where + ".personalIdentificationNumber",
                        "a relative's personal identification number is 12 digits"));
            }
            if (relative.formerIdCardNumber() != null && !NINE_DIGITS.matcher(relative.formerIdCardNumber()).matches()) {
                found.add(new Violation(ViolationCode.CODE_MALFORMED, where + ".formerIdCardNumber",
                        "a relative's former identity card number is 9 digits"));
            }
            if (relative.nationality() != null && !COUNTRY.matcher(relative.nationality()).matches()) {
                found.add(new Violation(ViolationCode.CODE_MALFORMED, where + ".nationality",
                        "a nationality is an ISO 3166 two-letter code"));
            }
        }
    }

    private static void member(CitizenRecord record, CitizenField field, Set<String> codes, List<Violation> found) {
        String value = record.get(field);
        if (value != null && !codes.contains(value)) {
            found.add(new Violation(ViolationCode.CODE_UNKNOWN, field.path(),
                    field.path() + " '" + value + "' is not in its code table"));
        }
    }

    private static void shape(CitizenRecord record, CitizenField field, Pattern pattern, List<Violation> found) {
        String value = record.get(field);
        if (value != null && !pattern.matcher(value).matches()) {
            found.add(new Violation(ViolationCode.CODE_MALFORMED, field.path(), field.path() + " has the wrong shape"));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
