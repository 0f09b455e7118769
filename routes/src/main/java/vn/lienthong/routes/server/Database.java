package vn.lienthong.routes.server;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.lienthong.conf.ConfException;
import vn.lienthong.conf.local.ServerConf;

/**
 * The security server's database: H2 embedded by default, any JDBC URL (PostgreSQL in production) by
 * configuration; its schema comes from the Flyway migrations in {@code db/securityserver}.
 */
public final class Database implements AutoCloseable {

    private final DataSource dataSource;
    private final AutoCloseable pool;

    private Database(DataSource dataSource, AutoCloseable pool) {
        this.dataSource = dataSource;
        this.pool = pool;
    }

    public static Database open(ServerConf conf) {
        String url = conf.databaseUrl();
        DataSource ds;
        AutoCloseable pool;
        if (url.startsWith("jdbc:h2:")) {
            // The server closes its database itself, after the message log has stopped: not H2's exit hook.
            String h2Url = url.contains("DB_CLOSE_ON_EXIT") ? url : url + ";DB_CLOSE_ON_EXIT=FALSE";
            JdbcConnectionPool h2 = JdbcConnectionPool.create(h2Url, conf.databaseUser(), conf.databasePassword());
            h2.setMaxConnections(32);
            ds = h2;
            pool = h2::dispose;
        } else if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(conf.databaseUser());
            pg.setPassword(conf.databasePassword());
            ds = pg;
            pool = () -> { };
        } else {
            throw new ConfException("lienthong.database.url=" + url + ": only jdbc:h2: and jdbc:postgresql: are supported");
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/securityserver").load().migrate();
        } catch (RuntimeException e) {
            throw new ConfException("cannot prepare the database at " + url + ": " + e.getMessage(), e);
        }
        return new Database(ds, pool);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        pool.close();
    }
}
