package vn.lienthong.routes.provider.npd.store;

import java.util.UUID;

import javax.sql.DataSource;

/** The store contract on H2, the embedded default. */
class H2CitizenStoreTest extends CitizenStoreContract {

    @Override
    protected DataSource freshMigratedDatabase() {
        DataSource database = NpdDatabase.inMemory("store-" + UUID.randomUUID());
        NpdDatabase.migrate(database);
        return database;
    }
}
