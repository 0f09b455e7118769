package vn.lienthong.security.ocsp;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What is known about one certificate's revocation.
 *
 * @param serial           the certificate's serial number
 * @param status           GOOD, REVOKED or UNKNOWN as the responder said, or UNAVAILABLE when no valid answer came
 * @param thisUpdate       the responder's thisUpdate; {@code null} when UNAVAILABLE
 * @param nextUpdate       the responder's nextUpdate; {@code null} when it gave none
 * @param fetchedAt        when this security server received the answer (or gave up)
 * @param revokedAt        when the certificate was revoked; {@code null} unless REVOKED
 * @param revocationReason the CRL reason name (e.g. {@code keyCompromise}); {@code null} unless REVOKED with a reason
 * @param problem          why no valid answer came; {@code null} unless UNAVAILABLE
 */
public record OcspStatus(BigInteger serial, Status status, Instant thisUpdate, Instant nextUpdate, Instant fetchedAt,
                         Instant revokedAt, String revocationReason, String problem) {

    /** The answer about a certificate. */
    public enum Status { GOOD, REVOKED, UNKNOWN, UNAVAILABLE }

    public OcspStatus {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    static OcspStatus unavailable(BigInteger serial, Instant at, String problem) {
        return new OcspStatus(serial, Status.UNAVAILABLE, null, null, at, null, null, problem);
    }

    /** Whether a definite answer (not UNAVAILABLE) may still be relied on at {@code now}. */
    boolean freshAt(Instant now, Duration freshness) {
        return status != Status.UNAVAILABLE
                && thisUpdate.isAfter(now.minus(freshness))
                && (nextUpdate == null || nextUpdate.isAfter(now));
    }

    /** The serial in hex, as CAs and {@code openssl} print it. */
    public String serialHex() {
        return serial.toString(16);
    }
}
