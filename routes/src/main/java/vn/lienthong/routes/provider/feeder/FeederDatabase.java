package vn.lienthong.routes.provider.feeder;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** A source system's own small database: its schema from the Flyway migrations at {@code classpath:db/<name>}. */
public final class FeederDatabase {

    private FeederDatabase() {
    }

    public static void migrate(DataSource dataSource, String name) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/" + name)
                .table(name.replace('-', '_') + "_schema_history")
                .load()
                .migrate();
    }
}
