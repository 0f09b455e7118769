package vn.lienthong.routes.provider.npd.record;

import java.util.Optional;

/** The addresses of the record and the four fields each is made of. */
public enum AddressKind {
    BIRTH_REGISTRATION(CitizenField.BIRTH_REGISTRATION_PROVINCE, CitizenField.BIRTH_REGISTRATION_DISTRICT,
            CitizenField.BIRTH_REGISTRATION_COMMUNE, CitizenField.BIRTH_REGISTRATION_DETAIL),
    PERMANENT(CitizenField.PERMANENT_PROVINCE, CitizenField.PERMANENT_DISTRICT,
            CitizenField.PERMANENT_COMMUNE, CitizenField.PERMANENT_DETAIL),
    TEMPORARY(CitizenField.TEMPORARY_PROVINCE, CitizenField.TEMPORARY_DISTRICT,
            CitizenField.TEMPORARY_COMMUNE, CitizenField.TEMPORARY_DETAIL),
    CURRENT(CitizenField.CURRENT_PROVINCE, CitizenField.CURRENT_DISTRICT,
            CitizenField.CURRENT_COMMUNE, CitizenField.CURRENT_DETAIL);

    private final CitizenField province;
    private final CitizenField district;
    private final CitizenField commune;
    private final CitizenField detail;

    AddressKind(CitizenField province, CitizenField district, CitizenField commune, CitizenField detail) {
        this.province = province;
        this.district = district;
        this.commune = commune;
        this.detail = detail;
    }

    public CitizenField province() {
        return province;
    }

    public CitizenField district() {
        return district;
    }

    public CitizenField commune() {
        return commune;
    }

    public CitizenField detail() {
        return detail;
    }

    /** The group name of this address in the contracts ({@code permanentResidence}, ...). */
    public String group() {
        return province.group();
    }

    /** The record's address of this kind, if it has one. */
    public Optional<Address> of(CitizenRecord record) {
        if (record.get(province) == null || record.get(commune) == null) {
            return Optional.empty();
        }
        return Optional.of(new Address(record.get(province), record.get(district), record.get(commune), record.get(detail)));
    }
}
