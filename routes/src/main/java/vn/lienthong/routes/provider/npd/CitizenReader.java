package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.lienthong.routes.provider.npd.mandate.Mandate;
import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.HouseholdMember;
import vn.lienthong.routes.provider.npd.store.StoredCitizen;

/**
 * Reads one citizen for a query, in the order that discloses least: without a mandate nothing is read
 * (NOT_PERMITTED whether the record exists or not); a record closed to disclosure is NOT_PERMITTED; the
 * household's members are read only when the mandate covers the household.
 */
final class CitizenReader {

    private final CitizenStore store;

    CitizenReader(CitizenStore store) {
        this.store = store;
    }

    /** The record now ({@code at} null) or as it was at {@code at}. */
    Lookup read(String pin, Optional<Mandate> mandate, Instant at) throws SQLException {
        if (mandate.isEmpty()) {
            return new Lookup.NotPermitted(pin);
        }
        Optional<StoredCitizen> stored = at == null ? store.current(pin) : store.asOf(pin, at);
        if (stored.isEmpty()) {
            return new Lookup.Absent(pin);
        }
        if (stored.get().record().disclosureRestricted()) {
            return new Lookup.NotPermitted(pin);
        }
        String household = stored.get().record().get(CitizenField.HOUSEHOLD_ID);
        List<HouseholdMember> members = household != null && mandate.get().covers("household")
                ? store.household(household, at) : List.of();
        return new Lookup.Found(pin, stored.get(), members);
    }
}
