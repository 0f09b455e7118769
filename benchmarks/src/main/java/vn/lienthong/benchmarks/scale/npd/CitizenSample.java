package vn.lienthong.benchmarks.scale.npd;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

/**
 * Citizens picked at random from the whole database, without reading all of it: for a random number
 * between the lowest and highest possible ones (province codes 001 to 096), the first citizen at or after
 * it by the primary key. Those citizens are then read as a client would claim them (name, date of birth).
 */
final class CitizenSample {

    private static final String NEXT = "SELECT personal_identification_number FROM citizen"
            + " WHERE personal_identification_number >= ? ORDER BY personal_identification_number FETCH FIRST 1 ROWS ONLY";
    private static final String CLAIMS = "SELECT full_name, date_of_birth FROM citizen_current"
            + " WHERE personal_identification_number = ?";
    private static final long LOWEST = 1_000_000_000L;
    private static final long HIGHEST = 96_999_999_999L;

    private CitizenSample() {
    }

    static List<SampledCitizen> draw(DataSource database, int size, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, SampledCitizen> picked = new LinkedHashMap<>();
        try (Connection connection = database.getConnection();
                PreparedStatement next = connection.prepareStatement(NEXT);
                PreparedStatement claims = connection.prepareStatement(CLAIMS)) {
            for (int attempt = 0; picked.size() < size && attempt < size * 4; attempt++) {
                next.setString(1, String.format(Locale.ROOT, "%012d", random.nextLong(LOWEST, HIGHEST + 1)));
                String pin = null;
                try (ResultSet row = next.executeQuery()) {
                    if (row.next()) {
                        pin = row.getString(1);
                    }
                }
                if (pin != null && !picked.containsKey(pin)) {
                    claims.setString(1, pin);
                    try (ResultSet row = claims.executeQuery()) {
                        if (row.next()) {
                            picked.put(pin, new SampledCitizen(pin, row.getString(1), row.getObject(2, java.time.LocalDate.class)));
                        }
                    }
                }
            }
        }
        if (picked.isEmpty()) {
            throw new IllegalStateException("the database holds no citizens to ask about");
        }
        return new ArrayList<>(picked.values());
    }
}
