package vn.lienthong.routes.provider.npd;

import java.time.LocalDate;
import java.util.List;

import vn.lienthong.routes.provider.npd.record.Address;
import vn.lienthong.routes.provider.npd.record.AddressKind;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.Relative;
import vn.lienthong.wsdl.npd.GenderCode;
import vn.lienthong.wsdl.npd.MaritalStatus;

/**
 * The demo population: invented citizens with well-formed identification numbers
 * ({@code PPP G YY NNNNNN}, PPP a legacy province code, G and YY agreeing with gender and birth year),
 * ethnicity codes from the 54-group table and province / district / commune address codes.
 * Loaded by {@link NpdDemoDataLoader}; the constants are what demos and tests ask for.
 */
public final class NpdDemoCitizens {

    /** Nguyễn Văn An: registered in Hà Nội (001), male born 1999 (G 0, YY 99). The demo's standard citizen. */
    public static final String NGUYEN_VAN_AN = "001099012345";
    /** Trần Thị Bích Ngọc: Hồ Chí Minh (079), female born 1985. */
    public static final String TRAN_THI_BICH_NGOC = "079185004721";
    /** Lê Minh Khang: Đà Nẵng (048), male born 2003 (G 2); current residence recorded without a district. */
    public static final String LE_MINH_KHANG = "048203015678";
    /** Phạm Ngọc Hân: Hải Phòng (031), female born 2002 (G 3). */
    public static final String PHAM_NGOC_HAN = "031302009876";
    /** Tôn Thất Bảo: Thừa Thiên Huế (046), male born 1970. */
    public static final String TON_THAT_BAO = "046070003311";
    /** Nông Thị Mai: Cao Bằng (004), female born 1992, Tày. */
    public static final String NONG_THI_MAI = "004192006543";
    /** Y Bhin Niê: Đắk Lắk (066), male born 1988, Ê-đê. */
    public static final String Y_BHIN_NIE = "066088002468";
    /** Thạch Thị Sô Phia: Sóc Trăng (094), female born 1995, Khơ-me. */
    public static final String THACH_THI_SO_PHIA = "094195007531";
    /** Lý Gia Hào: Hồ Chí Minh (079), male born 1978, Hoa. */
    public static final String LY_GIA_HAO = "079078003150";
    /** Ngô Khánh Linh: Bắc Ninh (027), female born 2015 (a child: no marital status). */
    public static final String NGO_KHANH_LINH = "027315000842";
    /** Vũ Đình Hùng: Nam Định (036), male born 1942, died 2021: the record carries a date of death. */
    public static final String VU_DINH_HUNG_DECEASED = "036042001207";
    /** Đỗ Quang Vinh: Nghệ An (040), male born 1980; the record is disclosure-restricted (outcome NOT_PERMITTED). */
    public static final String DO_QUANG_VINH_RESTRICTED = "040080005319";
    /** Well-formed (Hà Giang, male born 1988) but held by no record (outcome NOT_FOUND). */
    public static final String UNREGISTERED = "002088123456";

    private static final List<CitizenRecord> ALL = List.of(
            citizen(NGUYEN_VAN_AN, "Nguyễn Văn An", LocalDate.of(1999, 3, 14), GenderCode.MALE)
                    .born("Bệnh viện Phụ sản Hà Nội, quận Đống Đa, Hà Nội")
                    .hometown("phường Đông Ngạc, quận Bắc Từ Liêm, Hà Nội")
                    .ethnicity("01").religion("Không")
                    .permanent(new Address("01", "006", "00208", "Số 12 ngõ 34 phố Chùa Bộc"))
                    .living(new Address("01", "006", "00208", "Số 12 ngõ 34 phố Chùa Bộc"))
                    .marital(MaritalStatus.SINGLE)
                    .registeredAt(new Address("01", "006", "00208", "UBND phường Quang Trung"))
                    .with(CitizenField.BLOOD_GROUP, "O")
                    .card("001099012345", "CCCD", LocalDate.of(2021, 4, 20), "Cục Cảnh sát quản lý hành chính về trật tự xã hội", LocalDate.of(2039, 3, 14))
                    .with(CitizenField.FORMER_ID_CARD_NUMBER, "013456789")
                    .household("HN-00208-000412", "CHILD")
                    .with(CitizenField.RESIDENCE_FILE_NUMBER, "001208000412")
                    .relative(new Relative(Relative.Relation.FATHER, "Nguyễn Văn Bình", "001068004512", "011234567", "VN"))
                    .relative(new Relative(Relative.Relation.MOTHER, "Lê Thị Hoa", "001170003388", null, "VN"))
                    .with(CitizenField.MOBILE_PHONE, "0912345678")
                    .with(CitizenField.EMAIL, "nguyenvanan@example.vn")
                    .with(CitizenField.HEALTH_INSURANCE_NUMBER, "0199012345").build(),
            citizen(TRAN_THI_BICH_NGOC, "Trần Thị Bích Ngọc", LocalDate.of(1985, 11, 2), GenderCode.FEMALE)
                    .born("Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh")
                    .hometown("xã Tân Phú Trung, huyện Củ Chi, Thành phố Hồ Chí Minh")
                    .ethnicity("01").religion("Công giáo")
                    .permanent(new Address("79", "760", "26734", "Số 45 đường Lê Thánh Tôn, phường Bến Nghé"))
                    .living(new Address("79", "770", "27139", "Căn hộ 12.05, 180 đường Nguyễn Thị Minh Khai"))
                    .marital(MaritalStatus.MARRIED).build(),
            citizen(LE_MINH_KHANG, "Lê Minh Khang", LocalDate.of(2003, 7, 21), GenderCode.MALE)
                    .born("Bệnh viện Phụ sản - Nhi Đà Nẵng, quận Hải Châu, Đà Nẵng")
                    .hometown("xã Điện Quang, thị xã Điện Bàn, Quảng Nam")
                    .ethnicity("01").religion("Phật giáo")
                    .permanent(new Address("48", "490", "20194", "Số 8 đường Bạch Đằng, phường Thạch Thang"))
                    .living(new Address("01", null, "00631", "Ký túc xá sinh viên Mỹ Đình, phòng 504 nhà B"))
                    .marital(MaritalStatus.SINGLE).build(),
            citizen(PHAM_NGOC_HAN, "Phạm Ngọc Hân", LocalDate.of(2002, 1, 30), GenderCode.FEMALE)
                    .born("Bệnh viện Phụ sản Hải Phòng, quận Ngô Quyền, Hải Phòng")
                    .hometown("xã Đại Thắng, huyện Tiên Lãng, Hải Phòng")
                    .ethnicity("01").religion("Không")
                    .permanent(new Address("31", "303", "11320", "Số 27 phố Lạch Tray"))
                    .living(new Address("31", "303", "11320", "Số 27 phố Lạch Tray"))
                    .marital(MaritalStatus.SINGLE).build(),
            citizen(TON_THAT_BAO, "Tôn Thất Bảo", LocalDate.of(1970, 9, 5), GenderCode.MALE)
                    .born("phường Tây Lộc, thành phố Huế, Thừa Thiên Huế")
                    .hometown("phường Tây Lộc, thành phố Huế, Thừa Thiên Huế")
                    .ethnicity("01").religion("Phật giáo")
                    .permanent(new Address("46", "474", "19777", "Số 3 kiệt 14 đường Nguyễn Trãi"))
                    .living(new Address("46", "474", "19777", "Số 3 kiệt 14 đường Nguyễn Trãi"))
                    .marital(MaritalStatus.MARRIED).build(),
            citizen(NONG_THI_MAI, "Nông Thị Mai", LocalDate.of(1992, 4, 18), GenderCode.FEMALE)
                    .otherNames("Mai Nông")
                    .born("xã Đức Long, huyện Thạch An, Cao Bằng")
                    .hometown("xã Đức Long, huyện Thạch An, Cao Bằng")
                    .ethnicity("02").religion("Không")
                    .permanent(new Address("04", "040", "01273", "Tổ 5, phường Hợp Giang"))
                    .living(new Address("04", "040", "01273", "Tổ 5, phường Hợp Giang"))
                    .marital(MaritalStatus.MARRIED).build(),
            citizen(Y_BHIN_NIE, "Y Bhin Niê", LocalDate.of(1988, 12, 9), GenderCode.MALE)
                    .born("buôn Ako Dhông, phường Tân Lợi, thành phố Buôn Ma Thuột, Đắk Lắk")
                    .hometown("buôn Ako Dhông, phường Tân Lợi, thành phố Buôn Ma Thuột, Đắk Lắk")
                    .ethnicity("12").religion("Tin Lành")
                    .permanent(new Address("66", "643", "24133", "Buôn Ako Dhông"))
                    .living(new Address("66", "643", "24133", "Buôn Ako Dhông"))
                    .marital(MaritalStatus.MARRIED).build(),
            citizen(THACH_THI_SO_PHIA, "Thạch Thị Sô Phia", LocalDate.of(1995, 6, 23), GenderCode.FEMALE)
                    .born("ấp Prây Chóp, xã Châu Khánh, huyện Long Phú, Sóc Trăng")
                    .hometown("ấp Prây Chóp, xã Châu Khánh, huyện Long Phú, Sóc Trăng")
                    .ethnicity("05").religion("Phật giáo Nam tông Khmer")
                    .permanent(new Address("94", "941", "31507", "Số 56 đường Tôn Đức Thắng, phường 5"))
                    .living(new Address("92", "916", "31117", "Hẻm 132 đường 3 Tháng 2, phường Hưng Lợi"))
                    .marital(MaritalStatus.DIVORCED).build(),
            citizen(LY_GIA_HAO, "Lý Gia Hào", LocalDate.of(1978, 3, 8), GenderCode.MALE)
                    .otherNames("A Hào")
                    .born("Bệnh viện Hùng Vương, Quận 5, Thành phố Hồ Chí Minh")
                    .hometown("Quận 5, Thành phố Hồ Chí Minh")
                    .ethnicity("04").religion("Phật giáo")
                    .permanent(new Address("79", "774", "27307", "Số 102 đường Triệu Quang Phục"))
                    .living(new Address("79", "774", "27307", "Số 102 đường Triệu Quang Phục"))
                    .marital(MaritalStatus.MARRIED).build(),
            citizen(NGO_KHANH_LINH, "Ngô Khánh Linh", LocalDate.of(2015, 5, 19), GenderCode.FEMALE)
                    .born("Bệnh viện Sản - Nhi Bắc Ninh, thành phố Bắc Ninh, Bắc Ninh")
                    .hometown("xã Phù Chẩn, thành phố Từ Sơn, Bắc Ninh")
                    .ethnicity("01").religion("Không")
                    .permanent(new Address("27", "256", "09190", "Khu phố Đông Xuyên, phường Vệ An"))
                    .living(new Address("27", "256", "09190", "Khu phố Đông Xuyên, phường Vệ An"))
                    .build(),
            citizen(VU_DINH_HUNG_DECEASED, "Vũ Đình Hùng", LocalDate.of(1942, 2, 11), GenderCode.MALE)
                    .born("xã Hải Hậu, huyện Hải Hậu, Nam Định")
                    .hometown("xã Hải Hậu, huyện Hải Hậu, Nam Định")
                    .ethnicity("01").religion("Công giáo")
                    .permanent(new Address("36", "356", "13708", "Xóm 4"))
                    .marital(MaritalStatus.WIDOWED)
                    .died(LocalDate.of(2021, 8, 9)).build(),
            citizen(DO_QUANG_VINH_RESTRICTED, "Đỗ Quang Vinh", LocalDate.of(1980, 10, 27), GenderCode.MALE)
                    .born("xã Nghi Phú, thành phố Vinh, Nghệ An")
                    .hometown("xã Nghi Phú, thành phố Vinh, Nghệ An")
                    .ethnicity("01").religion("Không")
                    .permanent(new Address("40", "412", "16681", "Khối 7"))
                    .marital(MaritalStatus.MARRIED)
                    .restricted().build());

    private NpdDemoCitizens() {
    }

    /** Every demo record, in a stable order. */
    public static List<CitizenRecord> all() {
        return ALL;
    }

    /** The demo record with this number. */
    public static CitizenRecord get(String pin) {
        return ALL.stream().filter(c -> c.personalIdentificationNumber().value().equals(pin)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo citizen " + pin));
    }

    private static Draft citizen(String pin, String fullName, LocalDate dateOfBirth, GenderCode gender) {
        return new Draft(CitizenRecord.builder(pin).fullName(fullName).dateOfBirth(dateOfBirth).gender(gender)
                .set(CitizenField.NATIONALITY, "VN"));
    }

    /** Reads as a record card; only the demo table uses it. */
    private static final class Draft {
        private final CitizenRecord.Builder record;

        Draft(CitizenRecord.Builder record) {
            this.record = record;
        }

        Draft with(CitizenField field, String value) {
            record.set(field, value);
            return this;
        }

        Draft otherNames(String names) {
            return with(CitizenField.OTHER_NAMES, names);
        }

        Draft born(String place) {
            return with(CitizenField.PLACE_OF_BIRTH, place);
        }

        Draft hometown(String place) {
            return with(CitizenField.HOMETOWN, place);
        }

        Draft ethnicity(String code) {
            return with(CitizenField.ETHNICITY_CODE, code);
        }

        Draft religion(String name) {
            return with(CitizenField.RELIGION, name);
        }

        Draft permanent(Address address) {
            record.address(AddressKind.PERMANENT, address);
            return this;
        }

        Draft living(Address address) {
            record.address(AddressKind.CURRENT, address);
            return this;
        }

        Draft registeredAt(Address address) {
            record.address(AddressKind.BIRTH_REGISTRATION, address);
            return this;
        }

        Draft marital(MaritalStatus status) {
            record.maritalStatus(status);
            return this;
        }

        Draft card(String number, String kind, LocalDate issued, String place, LocalDate expires) {
            record.set(CitizenField.ID_CARD_NUMBER, number).set(CitizenField.ID_CARD_KIND, kind)
                    .set(CitizenField.ID_CARD_ISSUE_DATE, issued).set(CitizenField.ID_CARD_ISSUE_PLACE, place)
                    .set(CitizenField.ID_CARD_EXPIRY_DATE, expires);
            return this;
        }

        Draft household(String id, String relationship) {
            record.set(CitizenField.HOUSEHOLD_ID, id).set(CitizenField.RELATIONSHIP_TO_HEAD, relationship);
            return this;
        }

        Draft relative(Relative relative) {
            record.relative(relative);
            return this;
        }

        Draft died(LocalDate date) {
            record.set(CitizenField.DATE_OF_DEATH, date);
            return this;
        }

        Draft restricted() {
            record.disclosureRestricted(true);
            return this;
        }

        CitizenRecord build() {
            return record.build();
        }
    }
}
