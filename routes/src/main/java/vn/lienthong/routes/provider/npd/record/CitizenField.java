package vn.lienthong.routes.provider.npd.record;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scalar fields of the citizen record (Law 26/2023 on Identification, Art. 9), each with its path in
 * the NPD contracts and its column in {@code citizen_version}. A path is the element name of the
 * {@code npd:Citizen} type, or element and child for structured values ({@code permanentResidence.communeCode});
 * the part before the dot is the field's {@link #group() group}, the unit mandates and disclosures name.
 * Relatives (Art. 9.15) are not scalar: see {@link Relative}.
 */
public enum CitizenField {

    FULL_NAME("fullName", "full_name", Kind.TEXT),
    OTHER_NAMES("otherNames", "other_names", Kind.TEXT),
    DATE_OF_BIRTH("dateOfBirth", "date_of_birth", Kind.DATE),
    GENDER("gender", "gender", Kind.CODE),
    PLACE_OF_BIRTH("placeOfBirth", "place_of_birth", Kind.TEXT),
    HOMETOWN("hometown", "hometown", Kind.TEXT),
    ETHNICITY_CODE("ethnicityCode", "ethnicity_code", Kind.CODE),
    RELIGION("religion", "religion", Kind.TEXT),
    NATIONALITY("nationality", "nationality", Kind.CODE),
    PERMANENT_PROVINCE("permanentResidence.provinceCode", "permanent_province_code", Kind.CODE),
    PERMANENT_DISTRICT("permanentResidence.districtCode", "permanent_district_code", Kind.CODE),
    PERMANENT_COMMUNE("permanentResidence.communeCode", "permanent_commune_code", Kind.CODE),
    PERMANENT_DETAIL("permanentResidence.detail", "permanent_detail", Kind.TEXT),
    CURRENT_PROVINCE("currentResidence.provinceCode", "current_province_code", Kind.CODE),
    CURRENT_DISTRICT("currentResidence.districtCode", "current_district_code", Kind.CODE),
    CURRENT_COMMUNE("currentResidence.communeCode", "current_commune_code", Kind.CODE),
    CURRENT_DETAIL("currentResidence.detail", "current_detail", Kind.TEXT),
    MARITAL_STATUS("maritalStatus", "marital_status", Kind.CODE),
    DATE_OF_DEATH("dateOfDeath", "date_of_death", Kind.DATE),
    BIRTH_REGISTRATION_PROVINCE("birthRegistrationPlace.provinceCode", "birth_registration_province_code", Kind.CODE),
    BIRTH_REGISTRATION_DISTRICT("birthRegistrationPlace.districtCode", "birth_registration_district_code", Kind.CODE),
    BIRTH_REGISTRATION_COMMUNE("birthRegistrationPlace.communeCode", "birth_registration_commune_code", Kind.CODE),
    BIRTH_REGISTRATION_DETAIL("birthRegistrationPlace.detail", "birth_registration_detail", Kind.TEXT),
    BLOOD_GROUP("bloodGroup", "blood_group", Kind.CODE),
    FORMER_ID_CARD_NUMBER("formerIdCardNumber", "former_id_card_number", Kind.CODE),
    ID_CARD_NUMBER("identityCard.number", "id_card_number", Kind.CODE),
    ID_CARD_KIND("identityCard.kind", "id_card_kind", Kind.CODE),
    ID_CARD_ISSUE_DATE("identityCard.issueDate", "id_card_issue_date", Kind.DATE),
    ID_CARD_ISSUE_PLACE("identityCard.issuePlace", "id_card_issue_place", Kind.TEXT),
    ID_CARD_EXPIRY_DATE("identityCard.expiryDate", "id_card_expiry_date", Kind.DATE),
    TEMPORARY_PROVINCE("temporaryResidence.provinceCode", "temporary_province_code", Kind.CODE),
    TEMPORARY_DISTRICT("temporaryResidence.districtCode", "temporary_district_code", Kind.CODE),
    TEMPORARY_COMMUNE("temporaryResidence.communeCode", "temporary_commune_code", Kind.CODE),
    TEMPORARY_DETAIL("temporaryResidence.detail", "temporary_detail", Kind.TEXT),
    ABSENCE_FROM("temporaryAbsence.from", "absence_from", Kind.DATE),
    ABSENCE_UNTIL("temporaryAbsence.until", "absence_until", Kind.DATE),
    ABSENCE_DESTINATION("temporaryAbsence.destination", "absence_destination", Kind.TEXT),
    RESIDENCE_FILE_NUMBER("residenceFileNumber", "residence_file_number", Kind.CODE),
    HOUSEHOLD_ID("household.householdId", "household_id", Kind.CODE),
    RELATIONSHIP_TO_HEAD("household.relationshipToHead", "relationship_to_head", Kind.CODE),
    DATE_OF_DISAPPEARANCE("dateOfDisappearance", "date_of_disappearance", Kind.DATE),
    MOBILE_PHONE("mobilePhone", "mobile_phone", Kind.TEXT),
    EMAIL("email", "email", Kind.TEXT),
    HEALTH_INSURANCE_NUMBER("healthInsuranceNumber", "health_insurance_number", Kind.CODE);

    /** How a value is written and checked: free text, a calendar date (ISO 8601), or a code. */
    public enum Kind { TEXT, DATE, CODE }

    /**
     * The top-level elements of {@code npd:Citizen} after the identification number, in schema order: the
     * names mandates grant and disclosures list. {@code relatives} and {@code household} include values
     * that are no scalar field (the relatives list, the household's members).
     */
    public static final List<String> GROUPS = List.of(
            "fullName", "otherNames", "dateOfBirth", "gender", "placeOfBirth", "hometown", "ethnicityCode",
            "religion", "nationality", "permanentResidence", "currentResidence", "maritalStatus", "dateOfDeath",
            "birthRegistrationPlace", "bloodGroup", "formerIdCardNumber", "identityCard", "relatives",
            "temporaryResidence", "temporaryAbsence", "residenceFileNumber", "household", "dateOfDisappearance",
            "mobilePhone", "email", "healthInsuranceNumber");

    private static final Map<String, CitizenField> BY_PATH =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CitizenField::path, Function.identity()));

    private final String path;
    private final String column;
    private final Kind kind;

    CitizenField(String path, String column, Kind kind) {
        this.path = path;
        this.column = column;
        this.kind = kind;
    }

    public static Optional<CitizenField> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    public String path() {
        return path;
    }

    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** The top-level element this field belongs to (one of {@link #GROUPS}). */
    public String group() {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** The child element name inside a structured group, or the group itself for a plain field. */
    public String leaf() {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    public static List<CitizenField> inGroup(String group) {
        return Arrays.stream(values()).filter(f -> f.group().equals(group)).toList();
    }
}
