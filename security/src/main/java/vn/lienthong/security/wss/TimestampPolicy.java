package vn.lienthong.security.wss;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.wss4j.dom.message.token.Timestamp;
import vn.lienthong.security.wss.MessageSecurityException.Reason;

/**
 * Freshness of a wsu:Timestamp at the verifier's clock: Created no older than the freshness TTL and no
 * further in the future than the allowed clock skew; Expires, when present, not passed.
 */
final class TimestampPolicy {

    private final Clock clock;
    private final Duration freshness;
    private final Duration futureSkew;

    TimestampPolicy(Clock clock, Duration freshness, Duration futureSkew) {
        if (freshness.isNegative() || freshness.isZero() || futureSkew.isNegative()) {
            throw new IllegalArgumentException("freshness must be positive and future skew not negative");
        }
        this.clock = clock;
        this.freshness = freshness;
        this.futureSkew = futureSkew;
    }

    /** @return the Created instant of an acceptable timestamp */
    Instant check(Timestamp timestamp) throws MessageSecurityException {
        Instant created = timestamp.getCreated();
        if (created == null) {
            throw new MessageSecurityException(Reason.MALFORMED, "the Timestamp has no Created element");
        }
        Instant expires = timestamp.getExpires();
        if (expires != null && expires.isBefore(created)) {
            throw new MessageSecurityException(Reason.MALFORMED, "the Timestamp expires before it was created");
        }
        Instant now = clock.instant();
        if (created.isAfter(now.plus(futureSkew))) {
            throw new MessageSecurityException(Reason.TIMESTAMP_IN_FUTURE, "the Timestamp was created at " + created
                    + ", more than " + futureSkew.toSeconds() + " s after this security server's time " + now);
        }
        if (created.isBefore(now.minus(freshness))) {
            throw new MessageSecurityException(Reason.TIMESTAMP_STALE, "the Timestamp was created at " + created
                    + ", more than " + freshness.toSeconds() + " s before this security server's time " + now);
        }
        if (expires != null && !now.isBefore(expires)) {
            throw new MessageSecurityException(Reason.TIMESTAMP_STALE,
                    "the Timestamp expired at " + expires + " (this security server's time is " + now + ")");
        }
        return created;
    }

    /** How long a message created at {@code created} could still be accepted, hence kept in the replay cache. */
    Instant acceptableUntil(Instant created) {
        return created.plus(freshness);
    }
}
