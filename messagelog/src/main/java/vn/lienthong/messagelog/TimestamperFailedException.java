package vn.lienthong.messagelog;

import java.time.Duration;
import java.time.Instant;

/**
 * Appends are refused because the oldest entry still waiting for a time-stamp is older than the configured window
 * (the TSA has been failing for too long). Appends are accepted again on their own once the backlog is stamped.
 * Fault code {@code Server.ClientProxy.LoggingFailed.TimestamperFailed} / {@code Server.ServerProxy.LoggingFailed.TimestamperFailed}.
 */
public final class TimestamperFailedException extends LoggingFailedException {

    private final Instant oldestUnstamped;
    private final Duration window;

    public TimestamperFailedException(Instant oldestUnstamped, Duration backlogAge, Duration window, String lastFailure) {
        super("time-stamping has failed for too long: the oldest unstamped entry was logged at " + oldestUnstamped
                + " (" + backlogAge.withNanos(0) + " ago, the window is " + window + ")"
                + (lastFailure == null ? "" : "; last TSA failure: " + lastFailure));
        this.oldestUnstamped = oldestUnstamped;
        this.window = window;
    }

    public Instant oldestUnstamped() {
        return oldestUnstamped;
    }

    public Duration window() {
        return window;
    }

    @Override
    public String faultCode(Side side) {
        return super.faultCode(side) + ".TimestamperFailed";
    }
}
