package vn.lienthong.routes.provider.npd;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Seeds the NPD database with {@link NpdDemoCitizens}. Repeatable: each run puts the demo records back
 * as they are defined, leaving other records alone. Demo data, so it is no migration.
 */
public final class NpdDemoDataLoader {

    private NpdDemoDataLoader() {
    }

    /** Migrates the schema if needed, then writes the demo records; returns how many. */
    public static int load(DataSource dataSource) {
        NpdDatabase.migrate(dataSource);
        try {
            new CitizenRepository(dataSource).replaceAll(NpdDemoCitizens.all());
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the NPD demo citizens", e);
        }
        return NpdDemoCitizens.all().size();
    }
}
