package vn.lienthong.routes.provider.npd.record;

/**
 * What can be wrong with a citizen record or a change to it. Each code has a stable dotted name,
 * {@code Record.<Area>.<Rule>} for the record rules and {@code Update.<Area>.<Rule>} for updates, that
 * update answers carry unchanged.
 */
public enum ViolationCode {
    /** A field the record cannot do without (name, date of birth, gender, ethnicity, nationality). */
    FIELD_REQUIRED("Record.Field.Required"),
    /** An update names a path that is no field of the record. */
    FIELD_UNKNOWN("Record.Field.Unknown"),
    /** Not 12 digits. */
    PIN_MALFORMED("Record.Pin.Malformed"),
    /** PPP is none of the 63 legacy province codes. */
    PIN_PROVINCE_UNKNOWN("Record.Pin.ProvinceUnknown"),
    /** G (even male, odd female) disagrees with the recorded gender. */
    PIN_GENDER_MISMATCH("Record.Pin.GenderMismatch"),
    /** G's century and YY disagree with the year of birth. */
    PIN_BIRTH_YEAR_MISMATCH("Record.Pin.BirthYearMismatch"),
    /** Not a calendar date in ISO 8601 (yyyy-mm-dd). */
    DATE_MALFORMED("Record.Date.Malformed"),
    DATE_IN_FUTURE("Record.Date.InFuture"),
    DEATH_BEFORE_BIRTH("Record.Date.DeathBeforeBirth"),
    DISAPPEARANCE_BEFORE_BIRTH("Record.Date.DisappearanceBeforeBirth"),
    CARD_ISSUED_BEFORE_BIRTH("Record.Date.CardIssuedBeforeBirth"),
    CARD_EXPIRES_BEFORE_ISSUE("Record.Date.CardExpiresBeforeIssue"),
    ABSENCE_ENDS_BEFORE_START("Record.Date.AbsenceEndsBeforeStart"),
    /** A code that no code table holds (ethnicity, province, gender, marital status, ...). */
    CODE_UNKNOWN("Record.Code.Unknown"),
    /** A code or number of the wrong shape (district 3 digits, commune 5 digits, card number, ...). */
    CODE_MALFORMED("Record.Code.Malformed"),
    /** An address without its province or its commune. */
    ADDRESS_INCOMPLETE("Record.Address.Incomplete"),
    /** A marriage recorded for a citizen who is dead (or declared missing). */
    MARRIAGE_OF_DECEASED("Record.Event.MarriageOfDeceased"),
    /** A marriage below the age of the Law on Marriage and Family 2014 Art. 8 (men 20, women 18). */
    MARRIAGE_UNDER_AGE("Record.Event.MarriageUnderAge"),
    /** A residence change recorded for a citizen who is dead. */
    CHANGE_AFTER_DEATH("Record.Event.ChangeAfterDeath"),
    /** An update for a number the NPD does not hold. */
    CITIZEN_UNKNOWN("Update.Citizen.Unknown"),
    /** An update whose event type the NPD does not know. */
    EVENT_UNKNOWN("Update.Event.Unknown"),
    /** A change to a value another source recorded (Decree 37/2021): the update is held for review. */
    CONFLICT("Update.Conflict");

    private final String code;

    ViolationCode(String code) {
        this.code = code;
    }

    public static ViolationCode byCode(String code) {
        for (ViolationCode candidate : values()) {
            if (candidate.code.equals(code)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no violation code " + code);
    }

    public String code() {
        return code;
    }
}
