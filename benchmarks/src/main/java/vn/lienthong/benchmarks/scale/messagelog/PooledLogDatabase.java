package vn.lienthong.benchmarks.scale.messagelog;

import java.sql.SQLException;
import org.apache.commons.dbcp2.BasicDataSource;
import vn.lienthong.messagelog.store.LogDatabase;

/**
 * The same log behind a connection pool ({@link LogDatabase#of}), as a search service holding connections would use
 * it: a lookup then costs its SQL, not a new PostgreSQL backend per connection.
 */
final class PooledLogDatabase implements AutoCloseable {

    private final BasicDataSource pool = new BasicDataSource();

    PooledLogDatabase(String url, String user) {
        pool.setUrl(url);
        pool.setUsername(user);
        pool.setPassword("");
        pool.setMaxTotal(2);
    }

    LogDatabase logDatabase() {
        return LogDatabase.of(pool);
    }

    @Override
    public void close() throws SQLException {
        pool.close();
    }
}
