package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the log lives: a {@link DataSource} (H2 embedded by default, PostgreSQL in production), optionally a schema of
 * its own. Migrations come from {@code classpath:db/messagelog} with the history table
 * {@code messagelog_schema_history}, so the log can share a database and schema with the other modules.
 */
public final class LogDatabase {

    public static final String MIGRATIONS = "classpath:db/messagelog";
    public static final String HISTORY_TABLE = "messagelog_schema_history";

    private final DataSource dataSource;
    private final String schema;
    private final String description;

    private LogDatabase(DataSource dataSource, String schema, String description) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.schema = schema;
        this.description = description;
    }

    /** The security server's own data source (the log then shares its database). */
    public static LogDatabase of(DataSource dataSource) {
        return new LogDatabase(dataSource, null, dataSource.toString());
    }

    /** A data source for a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL (the auditor's tools). */
    public static LogDatabase fromUrl(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password == null ? "" : password);
            return new LogDatabase(h2, null, url);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password == null ? "" : password);
            return new LogDatabase(pg, null, url);
        }
        throw new IllegalArgumentException("unsupported database URL " + url + ": jdbc:h2: or jdbc:postgresql: expected");
    }

    /** The same database, with the log's tables in {@code schema} (created by {@link #migrate()}). */
    public LogDatabase inSchema(String schema) {
        return new LogDatabase(dataSource, schema, description + " schema " + schema);
    }

    /** Brings the schema up to date; safe to call on every start and from several nodes. */
    public void migrate() {
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        if (schema != null) {
            config.schemas(schema);
        }
        config.load().migrate();
    }

    public Connection connect() throws SQLException {
        Connection c = dataSource.getConnection();
        if (schema != null) {
            c.setSchema(schema);
        }
        return c;
    }

    @Override
    public String toString() {
        return description;
    }
}
