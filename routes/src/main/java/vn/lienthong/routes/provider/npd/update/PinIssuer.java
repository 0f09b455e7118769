package vn.lienthong.routes.provider.npd.update;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

import vn.lienthong.routes.provider.npd.record.ReferenceData;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.wsdl.npd.GenderCode;

/**
 * Issues a new personal identification number at birth registration: {@code PPP G YY NNNNNN} with PPP the
 * legacy code of the province of registration, G from century and gender, YY the year of birth, and
 * NNNNNN drawn at random until no citizen holds the number.
 */
final class PinIssuer {

    private final CitizenStore store;
    private final SecureRandom random = new SecureRandom();

    PinIssuer(CitizenStore store) {
        this.store = store;
    }

    /** The number, or null when the province has no legacy code (the caller rejects the update). */
    String issue(Connection connection, String registrationProvince, GenderCode gender, LocalDate born) throws SQLException {
        String ppp = "0" + registrationProvince;
        if (!ReferenceData.standard().legacyProvinces().containsKey(ppp)) {
            return null;
        }
        int century = (born.getYear() - 1900) / 100;
        int g = century * 2 + (gender == GenderCode.FEMALE ? 1 : 0);
        String prefix = ppp + g + String.format(Locale.ROOT, "%02d", born.getYear() % 100);
        while (true) {
            String candidate = prefix + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
            if (!store.exists(connection, candidate)) {
                return candidate;
            }
        }
    }
}
