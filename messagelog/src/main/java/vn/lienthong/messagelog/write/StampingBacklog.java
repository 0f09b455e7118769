package vn.lienthong.messagelog.write;

import java.time.Instant;
import java.util.Optional;

/**
 * What the append guard needs to know about time-stamping, kept exact without a query per append: when the oldest
 * unstamped entry was logged, and why stamping last failed. The writer reports each commit; the stamper re-reads the
 * oldest unstamped entry after each round, bracketed by {@link #beginCheck()} / {@link #endCheck} so that a commit
 * racing with that read is never lost. All sections are short and do no I/O.
 */
final class StampingBacklog {

    private Instant oldestUnstamped;
    private boolean checking;
    private Instant writtenDuringCheck;
    private String lastFailure;

    synchronized void written(Instant loggedAt) {
        if (oldestUnstamped == null) {
            oldestUnstamped = loggedAt;
        }
        if (checking && writtenDuringCheck == null) {
            writtenDuringCheck = loggedAt;
        }
    }

    synchronized void beginCheck() {
        checking = true;
        writtenDuringCheck = null;
    }

    /** @param oldestInStore the logged-at of the oldest unstamped entry read after {@link #beginCheck()}, or null */
    synchronized void endCheck(Instant oldestInStore) {
        oldestUnstamped = oldestInStore != null ? oldestInStore : writtenDuringCheck;
        checking = false;
        writtenDuringCheck = null;
    }

    synchronized void stampingFailed(Instant oldestInStore, String reason) {
        oldestUnstamped = oldestInStore;
        lastFailure = reason;
    }

    synchronized void stampingSucceeded() {
        lastFailure = null;
    }

    synchronized Optional<Instant> oldestUnstamped() {
        return Optional.ofNullable(oldestUnstamped);
    }

    synchronized Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
