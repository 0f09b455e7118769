package vn.lienthong.benchmarks.provider;

/**
 * The citizen record every scenario returns: one full {@code npd:citizen} of the NPD query schema (identity,
 * residences, identity card, relatives, household), about 2 KB of UTF-8. Fixed apart from the identification
 * number asked for, so that every scenario carries exactly the same payload.
 */
public final class CitizenRecordXml {

    public static final String NAMESPACE = "https://lienthong.gov.vn/npd/query/v1";

    private static final String AFTER_PIN = "</npd:personalIdentificationNumber>"
            + "<npd:fullName>Nguyễn Văn An</npd:fullName>"
            + "<npd:dateOfBirth>1999-03-14</npd:dateOfBirth>"
            + "<npd:gender>1</npd:gender>"
            + "<npd:placeOfBirth>Bệnh viện Phụ sản Hà Nội, quận Đống Đa, Hà Nội</npd:placeOfBirth>"
            + "<npd:hometown>xã Đông Ngạc, huyện Từ Liêm, Hà Nội</npd:hometown>"
            + "<npd:ethnicityCode>01</npd:ethnicityCode>"
            + "<npd:religion>Không</npd:religion>"
            + "<npd:nationality>VN</npd:nationality>"
            + address("permanentResidence", "01", "006", "00190", "Số 12 ngõ 34 phố Chùa Bộc")
            + address("currentResidence", "01", "005", "00163", "Phòng 1204 tòa nhà B2, khu đô thị Mỹ Đình II")
            + "<npd:maritalStatus>MARRIED</npd:maritalStatus>"
            + address("birthRegistrationPlace", "01", "006", "00190", "UBND phường Quang Trung")
            + "<npd:bloodGroup>O</npd:bloodGroup>"
            + "<npd:identityCard><npd:number>001099012345</npd:number><npd:kind>CCCD_CHIP</npd:kind>"
            + "<npd:issueDate>2021-05-20</npd:issueDate>"
            + "<npd:issuePlace>Cục Cảnh sát quản lý hành chính về trật tự xã hội</npd:issuePlace>"
            + "<npd:expiryDate>2039-03-14</npd:expiryDate></npd:identityCard>"
            + "<npd:relatives>"
            + relative("FATHER", "Nguyễn Văn Bình", "001065004321", "011234567")
            + relative("MOTHER", "Trần Thị Cúc", "001167007654", "011765432")
            + relative("SPOUSE", "Lê Thị Dung", "001199023456", "")
            + "</npd:relatives>"
            + "<npd:residenceFileNumber>HN-006-2015-004512</npd:residenceFileNumber>"
            + "<npd:household><npd:householdId>01006001904512</npd:householdId>"
            + "<npd:relationshipToHead>HEAD</npd:relationshipToHead>"
            + "<npd:member><npd:personalIdentificationNumber>001199023456</npd:personalIdentificationNumber>"
            + "<npd:fullName>Lê Thị Dung</npd:fullName><npd:formerIdCardNumber></npd:formerIdCardNumber>"
            + "<npd:relationshipToHead>SPOUSE</npd:relationshipToHead></npd:member>"
            + "</npd:household>"
            + "<npd:mobilePhone>0912345678</npd:mobilePhone>"
            + "<npd:email>nguyen.van.an@example.vn</npd:email>"
            + "<npd:healthInsuranceNumber>DN4010123456789</npd:healthInsuranceNumber>"
            + "</npd:citizen>";

    private CitizenRecordXml() {
    }

    /** The {@code npd:getCitizenResponse} element for {@code pin}, as an XML fragment. */
    public static String getCitizenResponse(String pin) {
        return "<npd:getCitizenResponse xmlns:npd=\"" + NAMESPACE + "\"><npd:outcome>FOUND</npd:outcome>"
                + "<npd:citizen><npd:personalIdentificationNumber>" + pin + AFTER_PIN + "</npd:getCitizenResponse>";
    }

    private static String address(String name, String province, String district, String commune, String detail) {
        return "<npd:" + name + "><npd:provinceCode>" + province + "</npd:provinceCode><npd:districtCode>" + district
                + "</npd:districtCode><npd:communeCode>" + commune + "</npd:communeCode><npd:detail>" + detail
                + "</npd:detail></npd:" + name + ">";
    }

    private static String relative(String relation, String name, String pin, String formerId) {
        return "<npd:relative><npd:relation>" + relation + "</npd:relation><npd:fullName>" + name
                + "</npd:fullName><npd:personalIdentificationNumber>" + pin + "</npd:personalIdentificationNumber>"
                + "<npd:formerIdCardNumber>" + formerId + "</npd:formerIdCardNumber>"
                + "<npd:nationality>VN</npd:nationality></npd:relative>";
    }
}
