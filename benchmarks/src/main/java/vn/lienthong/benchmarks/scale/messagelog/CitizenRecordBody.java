package vn.lienthong.benchmarks.scale.messagelog;

import java.util.SplittableRandom;

/** The Body of a getCitizen response: the citizen's record and household members until about the wanted size. */
final class CitizenRecordBody {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Hoa", "Đức Huy",
            "Thu Hương", "Gia Khánh", "Thị Lan", "Hoàng Long", "Ngọc Mai", "Thành Nam"};

    private CitizenRecordBody() {
    }

    static String of(String pin, int extraBytes, SplittableRandom r, CitizenPins pins) {
        StringBuilder xml = new StringBuilder(extraBytes + 1024);
        xml.append("<npd:getCitizenResponse><npd:citizen><npd:pin>").append(pin).append("</npd:pin>");
        person(xml, r);
        xml.append("<npd:permanentAddress>Số ").append(1 + r.nextInt(300)).append(", phường ")
                .append(1 + r.nextInt(20)).append(", quận ").append(1 + r.nextInt(12)).append("</npd:permanentAddress>")
                .append("</npd:citizen><npd:household>");
        int start = xml.length();
        while (xml.length() - start < extraBytes) {
            xml.append("<npd:member><npd:pin>").append(pins.pin(r.nextLong(pins.population()))).append("</npd:pin>");
            person(xml, r);
            xml.append("<npd:relation>").append(r.nextBoolean() ? "Con" : "Vợ/Chồng").append("</npd:relation></npd:member>");
        }
        return xml.append("</npd:household></npd:getCitizenResponse>").toString();
    }

    private static void person(StringBuilder xml, SplittableRandom r) {
        xml.append("<npd:fullName>").append(FAMILY[r.nextInt(FAMILY.length)]).append(' ')
                .append(GIVEN[r.nextInt(GIVEN.length)]).append("</npd:fullName><npd:birthDate>")
                .append(1940 + r.nextInt(70)).append("-0").append(1 + r.nextInt(9)).append('-')
                .append(10 + r.nextInt(18)).append("</npd:birthDate><npd:sex>").append(r.nextBoolean() ? "Nam" : "Nữ")
                .append("</npd:sex><npd:ethnicity>Kinh</npd:ethnicity><npd:nationality>Việt Nam</npd:nationality>");
    }
}
