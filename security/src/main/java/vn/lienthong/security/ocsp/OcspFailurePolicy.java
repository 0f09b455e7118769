package vn.lienthong.security.ocsp;

import java.time.Duration;
import java.util.Objects;

/**
 * What happens when no valid OCSP answer can be had (responder unreachable, error status, bad signature,
 * wrong nonce, stale answer).
 *
 * <p>{@link #failClosed()} (the default) refuses the certificate with {@code REVOCATION_UNKNOWN}.
 * {@link #failOpenFor(Duration)} accepts it, with a warning in the log, for at most {@code grace} after the
 * first failure for that certificate; once the grace has run out it refuses again until a valid answer
 * arrives. A certificate last known as revoked is refused in every case, and a definite UNKNOWN answer is
 * never failed open.
 */
public record OcspFailurePolicy(Duration grace) {

    public OcspFailurePolicy {
        Objects.requireNonNull(grace, "grace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the grace period cannot be negative");
        }
    }

    public static OcspFailurePolicy failClosed() {
        return new OcspFailurePolicy(Duration.ZERO);
    }

    public static OcspFailurePolicy failOpenFor(Duration grace) {
        if (grace.isZero()) {
            throw new IllegalArgumentException("a fail-open grace period must be positive; use failClosed()");
        }
        return new OcspFailurePolicy(grace);
    }

    public boolean failsOpen() {
        return !grace.isZero();
    }
}
