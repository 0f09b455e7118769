package vn.lienthong.routes.provider.npd.record;

/**
 * An address as the NPD records it: province, district (absent after the 2025 reorganisation removed the
 * level) and commune codes plus free text (house number, street, hamlet).
 */
public record Address(String provinceCode, String districtCode, String communeCode, String detail) {

    public Address {
        if (provinceCode == null || communeCode == null) {
            throw new IllegalArgumentException("an address needs at least its province and commune codes");
        }
    }

    /** Personal data stays out of logs: codes only. */
    @Override
    public String toString() {
        return "Address[" + provinceCode + "/" + districtCode + "/" + communeCode + "]";
    }
}
