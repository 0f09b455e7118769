package vn.lienthong.routes.provider.npd;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

/** Times of the NPD contracts: a dateTime without a zone is Vietnam time (UTC+7); a day ends at midnight there. */
final class VietnamTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {
    }

    static Instant instant(XMLGregorianCalendar time) {
        if (time.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            LocalDateTime local = LocalDateTime.of(time.getYear(), time.getMonth(), time.getDay(), time.getHour(),
                    time.getMinute(), time.getSecond(), time.getFractionalSecond() == null ? 0
                            : time.getFractionalSecond().movePointRight(9).intValue());
            return local.atZone(ZONE).toInstant();
        }
        return time.toGregorianCalendar().toInstant();
    }

    /** The last instant of a day in Vietnam: what "as of that day" reads at. */
    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().minusNanos(1000);
    }
}
