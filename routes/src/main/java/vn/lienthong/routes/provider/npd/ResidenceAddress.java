package vn.lienthong.routes.provider.npd;

/** An address as the NPD records it: province, district (absent after the 2025 reorganisation) and commune codes plus free text. */
public record ResidenceAddress(String provinceCode, String districtCode, String communeCode, String detail) {

    public ResidenceAddress {
        if (provinceCode == null || communeCode == null) {
            throw new IllegalArgumentException("an address needs at least its province and commune codes");
        }
    }
}
