package vn.lienthong.routes.provider.npd;

/** applyUpdate request bodies for tests, in the source formats of npd-update.xsd. */
final class UpdateBodies {

    static final String UPD = "https://lienthong.gov.vn/npd/update/v1";

    private UpdateBodies() {
    }

    static String update(String updateId, String pin, String eventType, String record) {
        return "<upd:applyUpdate xmlns:upd=\"" + UPD + "\"><upd:updateId>" + updateId + "</upd:updateId>"
                + (pin == null ? "" : "<upd:personalIdentificationNumber>" + pin + "</upd:personalIdentificationNumber>")
                + "<upd:eventType>" + eventType + "</upd:eventType>"
                + "<upd:metadata><upd:recordedAt>2025-05-02T09:30:00+07:00</upd:recordedAt>"
                + "<upd:legalBasis>Luật Hộ tịch 2014</upd:legalBasis><upd:documentNumber>" + updateId + "</upd:documentNumber>"
                + "<upd:officer>Cán bộ tư pháp - hộ tịch</upd:officer></upd:metadata>" + record + "</upd:applyUpdate>";
    }

    static String birth(String childName, String dateOfBirth, String sex, String province) {
        return "<upd:birthRegistration><upd:registrationNumber>KS-2025-0042</upd:registrationNumber>"
                + "<upd:registeredOn>2025-05-02</upd:registeredOn>"
                + "<upd:registrationPlace><upd:provinceCode>" + province + "</upd:provinceCode><upd:districtCode>006</upd:districtCode>"
                + "<upd:communeCode>00208</upd:communeCode><upd:detail>UBND phường Quang Trung</upd:detail></upd:registrationPlace>"
                + "<upd:childName>" + childName + "</upd:childName><upd:dateOfBirth>" + dateOfBirth + "</upd:dateOfBirth>"
                + "<upd:sex>" + sex + "</upd:sex><upd:placeOfBirth>Bệnh viện Phụ sản Hà Nội</upd:placeOfBirth>"
                + "<upd:ethnicityCode>01</upd:ethnicityCode><upd:nationality>VN</upd:nationality>"
                + "<upd:father><upd:fullName>Nguyễn Văn An</upd:fullName><upd:personalIdentificationNumber>001099012345"
                + "</upd:personalIdentificationNumber><upd:nationality>VN</upd:nationality></upd:father>"
                + "<upd:mother><upd:fullName>Phạm Ngọc Hân</upd:fullName></upd:mother></upd:birthRegistration>";
    }

    static String death(String date) {
        return "<upd:deathRegistration><upd:registrationNumber>KT-2025-0007</upd:registrationNumber>"
                + "<upd:registeredOn>2025-05-02</upd:registeredOn><upd:dateOfDeath>" + date + "</upd:dateOfDeath></upd:deathRegistration>";
    }

    static String marriage(String spouse) {
        return "<upd:marriageRegistration><upd:registrationNumber>KH-2025-0100</upd:registrationNumber>"
                + "<upd:registeredOn>2025-05-02</upd:registeredOn><upd:spouse><upd:fullName>" + spouse + "</upd:fullName>"
                + "</upd:spouse></upd:marriageRegistration>";
    }

    static String residence(String kind, String province, String district, String commune, String detail) {
        return "<upd:residenceRegistration><upd:kind>" + kind + "</upd:kind><upd:registeredOn>2025-05-02</upd:registeredOn>"
                + "<upd:address><upd:provinceCode>" + province + "</upd:provinceCode>"
                + (district == null ? "" : "<upd:districtCode>" + district + "</upd:districtCode>")
                + "<upd:communeCode>" + commune + "</upd:communeCode><upd:detail>" + detail + "</upd:detail></upd:address>"
                + "</upd:residenceRegistration>";
    }

    static String changes(String path, String value, String previous) {
        return "<upd:changes><upd:change><upd:path>" + path + "</upd:path>"
                + (value == null ? "" : "<upd:value>" + value + "</upd:value>")
                + (previous == null ? "" : "<upd:previousValue>" + previous + "</upd:previousValue>")
                + "</upd:change></upd:changes>";
    }
}
