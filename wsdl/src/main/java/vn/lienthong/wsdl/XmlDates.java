package vn.lienthong.wsdl;

import java.time.LocalDate;

/** Conversions the generated bindings use for {@code xs:date}: a calendar date, no time zone. */
public final class XmlDates {

    private XmlDates() {
    }

    /** Parses {@code 1999-03-14}; a time-zone suffix ({@code Z}, {@code +07:00}) is accepted and ignored. */
    public static LocalDate parseDate(String lexical) {
        if (lexical == null) {
            return null;
        }
        String text = lexical.strip();
        int zone = zoneStart(text);
        return LocalDate.parse(zone < 0 ? text : text.substring(0, zone));
    }

    public static String printDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static int zoneStart(String text) {
        if (text.endsWith("Z")) {
            return text.length() - 1;
        }
        int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
        return sign == text.length() - 6 && text.charAt(text.length() - 3) == ':' ? sign : -1;
    }
}
