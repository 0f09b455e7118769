package vn.lienthong.routes.provider.npd.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Vietnamese family, middle and given names with their rough frequencies (the family name distribution
 * follows published estimates: Nguyễn about 38 %, Trần 11 %, Lê 9.5 %, ...). Names are written with
 * their diacritics in Unicode NFC.
 */
final class VietnameseNames {

    private static final Weighted<String> FAMILY = new Weighted<>(List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Mai", "Cao", "Lâm", "Tô", "Hà", "Tạ", "Chu", "Kiều"),
            new double[] {38, 11, 9.5, 7, 3, 2.1, 4.5, 2.5, 1.5, 2.1, 2, 1.4, 1.3, 1.3,
                    1, 0.5, 0.7, 0.6, 0.6, 0.5, 0.5, 0.4, 0.4, 0.3, 0.3, 0.3, 0.2, 0.2});
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Quốc",
            "Anh", "Gia", "Xuân", "Đình", "Tiến", "Hoàng", "Trọng");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương",
            "Bích", "Kim", "Khánh", "Mai", "Diệu", "Thùy", "Hải", "Bảo");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng",
            "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tâm",
            "Thắng", "Thành", "Tiến", "Trung", "Tuấn", "Việt", "Vinh", "Bảo", "Duy", "Đức", "Khôi", "Lâm", "Tùng");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
            "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "My", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương",
            "Quỳnh", "Tâm", "Thảo", "Thủy", "Trang", "Trâm", "Uyên", "Vân", "Vy", "Yến", "Châu", "Nhi", "Hân");

    private VietnameseNames() {
    }

    static String family(RandomGenerator random) {
        return FAMILY.pick(random);
    }

    /** A full name: family name, middle name and given name, for a man or a woman. */
    static String full(RandomGenerator random, String family, boolean female) {
        List<String> middle = female ? FEMALE_MIDDLE : MALE_MIDDLE;
        List<String> given = female ? FEMALE_GIVEN : MALE_GIVEN;
        return family + " " + middle.get(random.nextInt(middle.size())) + " " + given.get(random.nextInt(given.size()));
    }
}
