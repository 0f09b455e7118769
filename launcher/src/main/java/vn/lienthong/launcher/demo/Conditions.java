package vn.lienthong.launcher.demo;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Waiting on a condition the demo cannot be told about (a row a source system writes when the NPD's answer or
 * a notification arrives): checked every {@value #POLL_MILLIS} ms until it holds or the bound passes, the
 * way Awaitility waits in the tests; a step never waits longer than it must, nor longer than its bound.
 */
final class Conditions {

    static final long POLL_MILLIS = 100;

    /** Something to look up in a source database; empty while the condition does not hold yet. */
    @FunctionalInterface
    interface Lookup<T> {
        Optional<T> find() throws SQLException;
    }

    private Conditions() {
    }

    /** The first value the lookup finds within {@code bound}; empty when the bound passed without one. */
    static <T> Optional<T> within(Duration bound, Lookup<T> lookup) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            Optional<T> found = lookup.find();
            if (found.isPresent() || System.nanoTime() - deadline >= 0) {
                return found;
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        }
    }
}
