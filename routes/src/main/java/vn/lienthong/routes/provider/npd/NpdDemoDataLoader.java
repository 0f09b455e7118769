package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.store.CitizenStore;
import vn.lienthong.routes.provider.npd.store.Jdbc;
import vn.lienthong.routes.provider.npd.store.NpdDatabase;
import vn.lienthong.routes.provider.npd.store.StoredCitizen;
import vn.lienthong.routes.provider.npd.store.VersionMeta;

/**
 * Seeds the NPD database with {@link NpdDemoCitizens}. Repeatable: a demo citizen that is missing is
 * created, one whose current record differs from the demo card gets a new version putting it back, one
 * that matches is left alone (so its history stays as it is). Demo data, so it is no migration.
 */
public final class NpdDemoDataLoader {

    /** The source recorded on versions the loader writes. */
    public static final String SOURCE = "NPD";

    private NpdDemoDataLoader() {
    }

    /** Migrates the schema if needed, then writes the demo records; returns how many demo records there are. */
    public static int load(DataSource dataSource) {
        return load(dataSource, Clock.systemUTC());
    }

    public static int load(DataSource dataSource, Clock clock) {
        NpdDatabase.migrate(dataSource);
        CitizenStore store = new CitizenStore(dataSource);
        try {
            for (CitizenRecord citizen : NpdDemoCitizens.all()) {
                Jdbc.inTransaction(dataSource, connection -> {
                    Optional<StoredCitizen> current = store.current(connection, citizen.personalIdentificationNumber().value());
                    if (current.isEmpty()) {
                        store.create(connection, citizen, new VersionMeta(clock.instant(), SOURCE, null, "INITIAL_LOAD",
                                Set.of(VersionMeta.ALL_PATHS)));
                    } else if (!current.get().record().equals(citizen)) {
                        store.append(connection, citizen, new VersionMeta(clock.instant(), SOURCE, null, "DEMO_RESET",
                                citizen.changedPathsSince(current.get().record())));
                    }
                    return null;
                });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the NPD demo citizens", e);
        }
        return NpdDemoCitizens.all().size();
    }
}
