package vn.lienthong.routes.provider.npd.store;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The NPD's own database: its schema comes from the Flyway migrations at {@code classpath:db/npd} and
 * the Java migration {@link ReferenceDataMigration} that loads the public code tables. H2 by default,
 * PostgreSQL in production; the same migrations run on both.
 */
public final class NpdDatabase {

    public static final String MIGRATIONS = "classpath:db/npd";
    /** A history table of its own, so the NPD schema can share a database with other schemas. */
    public static final String HISTORY_TABLE = "npd_schema_history";

    private NpdDatabase() {
    }

    /** Brings the schema up to the latest migration; a no-op when it already is. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .javaMigrations(new ReferenceDataMigration())
                .table(HISTORY_TABLE)
                .load()
                .migrate();
    }

    /** The embedded default: a named in-memory H2 database that lives until the JVM exits. */
    public static DataSource inMemory(String name) {
        if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("an in-memory database name is letters, digits, '_' and '-'");
        }
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }
}
