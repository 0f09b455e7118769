package vn.lienthong.messagelog;

import vn.lienthong.messagelog.testing.TestDatabase;

/** The message log on embedded H2, the default database. */
class H2MessageLogTest extends MessageLogContract {

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
