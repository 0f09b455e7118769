package vn.lienthong.messagelog;

import vn.lienthong.messagelog.testing.TestDatabase;

/**
 * The same suite on PostgreSQL at 127.0.0.1:5432 (a schema per test). Skipped with "PostgreSQL not reachable at
 * 127.0.0.1:5432" where it does not run; under CI=true it fails instead.
 */
class PostgresMessageLogTest extends MessageLogContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
